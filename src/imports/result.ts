import { type Metrics, type Post, PROFILE_LIMITS, type Source } from '../analysis/types';
import { isAuditCount, PostCollector } from './posts';
import { anonymizeMentions, cleanText, fitText } from './text/clean';
import type { ImportFormat, ImportResult, SkippedItems } from './types';

/** The fields of a source as a parser found them (posts apart), before limits and mention rules. */
export type SourceDraft = Omit<Source, 'posts'>;

/** What every parser gathers while it reads, turned into the answer by buildResult(). */
export interface ParseState {
  warnings: string[];
  posts: PostCollector;
  skipped: SkippedItems[];
}

export function newParseState(): ParseState {
  const warnings: string[] = [];
  return { warnings, posts: new PostCollector(warnings), skipped: [] };
}

function shortField(value: string | undefined, label: string, warnings: string[]): string | undefined {
  const cleaned = cleanText(value);
  if (cleaned === undefined) return undefined;
  return fitText(cleaned.replace(/\s+/g, ' '), PROFILE_LIMITS.shortField, label, warnings);
}

function longField(value: string | undefined, label: string, handle: string | undefined, warnings: string[]): string | undefined {
  const cleaned = cleanText(value);
  if (cleaned === undefined) return undefined;
  return fitText(anonymizeMentions(cleaned, handle), PROFILE_LIMITS.textField, label, warnings);
}

/** `@user` is longer than most handles it replaces: a post cut to the limit before may need cutting again. */
function postText(post: Post, handle: string | undefined, warnings: string[]): string {
  const label = `A post${post.postedAt ? ` of ${post.postedAt.slice(0, 10)}` : ''}`;
  return fitText(anonymizeMentions(post.text, handle), PROFILE_LIMITS.textField, label, warnings);
}

function metricsOf(metrics: Metrics | undefined): Metrics | undefined {
  if (!metrics) return undefined;
  const kept = Object.fromEntries(
    Object.entries(metrics).filter(([, value]) => isAuditCount(value)),
  ) as Metrics;
  return Object.keys(kept).length > 0 ? kept : undefined;
}

/**
 * One source under the audit contract's limits: empty fields dropped, long ones cut with a warning,
 * other people's handles in every text replaced by `@user` (here, once, for every format).
 */
export function buildSource(draft: SourceDraft, posts: Source['posts'], warnings: string[]): Source {
  const handle = shortField(draft.handle?.replace(/^@/, ''), 'The handle', warnings);
  const url = cleanText(draft.url);
  const source: Source = {
    platform: draft.platform,
    handle,
    displayName: shortField(draft.displayName, 'The display name', warnings),
    url: url !== undefined && url.length <= PROFILE_LIMITS.url && /^https?:\/\//i.test(url) ? url : undefined,
    headline: longField(draft.headline, 'The headline', handle, warnings),
    about: longField(draft.about, 'The about text', handle, warnings),
    posts: posts && posts.length > 0 ? posts.map((post) => ({ ...post, text: postText(post, handle, warnings) })) : undefined,
    metrics: metricsOf(draft.metrics),
  };
  for (const key of Object.keys(source) as (keyof Source)[]) if (source[key] === undefined) delete source[key];
  return source;
}

export function buildResult(format: ImportFormat, draft: SourceDraft, state: ParseState, filesRead: string[]): ImportResult {
  const { posts, skipped } = state.posts.finish();
  const source = buildSource(draft, posts, state.warnings);
  return {
    format,
    platform: draft.platform,
    sources: [source],
    counts: { postsFound: state.posts.foundCount, postsKept: posts.length },
    skipped: [...skipped, ...state.skipped],
    warnings: state.warnings,
    filesRead,
  };
}
