import { PROFILE_LIMITS, type Source } from '../../analysis/types';
import type { ImportResult } from '../api/types';
import { type AuditDraft, draftSourcesFrom, type SourceDraft } from './draft';

/** A post of an import's preview: `<source index>:<post index>`. */
export const postId = (sourceIndex: number, postIndex: number) => `${sourceIndex}:${postIndex}`;

/** The preview's sources without the posts the candidate deselected. */
export function keptSources(result: ImportResult, dropped: ReadonlySet<string>): Source[] {
  return result.sources.map((source, sourceIndex) => {
    const posts = (source.posts ?? []).filter((_, postIndex) => !dropped.has(postId(sourceIndex, postIndex)));
    const { posts: _, ...rest } = source;
    return posts.length > 0 ? { ...rest, posts } : rest;
  });
}

/** A card nobody has typed into yet. */
export function isBlankSource(source: SourceDraft): boolean {
  const fields = [source.handle, source.displayName, source.url, source.headline, source.about, ...Object.values(source.metrics)];
  return fields.every((value) => !value.trim()) && source.posts.every((post) => !post.text.trim());
}

/** The cards that stay when imported ones are added: all but blank ones. */
function keptCards(draft: AuditDraft): SourceDraft[] {
  return draft.sources.filter((source) => !isBlankSource(source));
}

/** Whether `count` more cards fit in an audit (PROFILE_LIMITS.sources), blank cards making room. */
export function hasRoomFor(draft: AuditDraft, count: number): boolean {
  return keptCards(draft).length + count <= PROFILE_LIMITS.sources;
}

/** The draft with the imported sources added as cards after the filled ones (blank cards give way). */
export function withImportedSources(draft: AuditDraft, sources: readonly Source[]): AuditDraft {
  return { ...draft, sources: [...keptCards(draft), ...draftSourcesFrom(sources)] };
}
