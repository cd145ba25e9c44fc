import { useCallback, useEffect, useState } from 'react';
import type { Source } from '../../analysis/types';
import { type AuditDraft, draftSourcesFrom, emptyDraft, emptyPost, emptySource, type PostDraft, type SourceDraft, splitPastedPosts } from './draft';
import { clearDraft, loadDraft, saveDraft } from './draft-storage';

export interface DraftActions {
  setDraft: (update: (draft: AuditDraft) => AuditDraft) => void;
  updateSource: (key: string, patch: Partial<SourceDraft>) => void;
  addSource: () => void;
  removeSource: (key: string) => void;
  addPost: (sourceKey: string) => void;
  addPastedPosts: (sourceKey: string, pasted: string) => number;
  updatePost: (sourceKey: string, postKey: string, patch: Partial<PostDraft>) => void;
  removePost: (sourceKey: string, postKey: string) => void;
  /** Replaces the cards with these sources (e.g. from a file import's preview). */
  loadSources: (sources: readonly Partial<Source>[]) => void;
  reset: () => void;
}

/** The new-audit draft of this account, saved to the browser on every change. */
export function useAuditDraft(accountId: string): [AuditDraft, DraftActions] {
  const [draft, setState] = useState<AuditDraft>(() => loadDraft(accountId) ?? emptyDraft());
  useEffect(() => saveDraft(accountId, draft), [accountId, draft]);
  const setDraft = useCallback((update: (draft: AuditDraft) => AuditDraft) => setState(update), []);
  const mapSource = useCallback(
    (key: string, change: (source: SourceDraft) => SourceDraft) =>
      setState((current) => ({ ...current, sources: current.sources.map((source) => (source.key === key ? change(source) : source)) })),
    [],
  );
  const actions: DraftActions = {
    setDraft,
    updateSource: (key, patch) => mapSource(key, (source) => ({ ...source, ...patch })),
    addSource: () => setState((current) => ({ ...current, sources: [...current.sources, emptySource(nextPlatform(current))] })),
    removeSource: (key) => setState((current) => ({ ...current, sources: current.sources.filter((source) => source.key !== key) })),
    addPost: (sourceKey) => mapSource(sourceKey, (source) => ({ ...source, posts: [...source.posts, emptyPost()] })),
    addPastedPosts: (sourceKey, pasted) => {
      const texts = splitPastedPosts(pasted);
      mapSource(sourceKey, (source) => ({ ...source, posts: [...source.posts.filter((post) => post.text.trim()), ...texts.map((text) => emptyPost(text))] }));
      return texts.length;
    },
    updatePost: (sourceKey, postKey, patch) =>
      mapSource(sourceKey, (source) => ({ ...source, posts: source.posts.map((post) => (post.key === postKey ? { ...post, ...patch } : post)) })),
    removePost: (sourceKey, postKey) => mapSource(sourceKey, (source) => ({ ...source, posts: source.posts.filter((post) => post.key !== postKey) })),
    loadSources: (sources) => setState((current) => ({ ...current, sources: draftSourcesFrom(sources) })),
    reset: () => {
      clearDraft(accountId);
      setState(emptyDraft());
    },
  };
  return [draft, actions];
}

const PLATFORM_ORDER = ['linkedin', 'x', 'instagram', 'github', 'tiktok', 'website', 'facebook', 'other'] as const;

function nextPlatform(draft: AuditDraft) {
  const used = new Set(draft.sources.map((source) => source.platform));
  return PLATFORM_ORDER.find((platform) => !used.has(platform)) ?? 'other';
}
