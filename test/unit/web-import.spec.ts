import { PROFILE_LIMITS } from '../../src/analysis/types';
import type { ImportResult } from '../../src/imports/types';
import { emptyDraft, emptySource } from '../../src/web/audit-form/draft';
import { hasRoomFor, keptSources, postId, withImportedSources } from '../../src/web/audit-form/imported';

const result: ImportResult = {
  format: 'x-archive',
  platform: 'x',
  sources: [{ platform: 'x', handle: 'bayusantoso', posts: [{ text: 'one', postedAt: '2026-01-10T09:20:00Z', likes: 3 }, { text: 'two' }, { text: 'three' }] }],
  counts: { postsFound: 3, postsKept: 3 },
  skipped: [],
  warnings: [],
  filesRead: ['data/tweets.js'],
};

describe('web import: from a preview to the form', () => {
  it('leaves out the deselected posts, and the posts field when none is kept', () => {
    expect(keptSources(result, new Set([postId(0, 1)]))[0]!.posts!.map((post) => post.text)).toEqual(['one', 'three']);
    expect(keptSources(result, new Set([postId(0, 0), postId(0, 1), postId(0, 2)]))[0]).toEqual({ platform: 'x', handle: 'bayusantoso' });
  });

  it('adds cards after the filled ones, a blank card giving way, dates as the form takes them', () => {
    const filled = { ...emptySource('linkedin'), headline: 'Data Engineer' };
    const draft = { ...emptyDraft(), sources: [filled, emptySource('github')] };
    const next = withImportedSources(draft, result.sources);
    expect(next.sources.map((source) => source.platform)).toEqual(['linkedin', 'x']);
    expect(next.sources[1]!.posts[0]).toMatchObject({ text: 'one', postedAt: '2026-01-10', likes: '3' });
  });

  it('counts room for new cards against the audit limit, blank cards not counting', () => {
    const full = { ...emptyDraft(), sources: Array.from({ length: PROFILE_LIMITS.sources }, () => ({ ...emptySource(), about: 'x' })) };
    expect(hasRoomFor(full, 1)).toBe(false);
    expect(hasRoomFor(emptyDraft(), PROFILE_LIMITS.sources)).toBe(true);
  });
});
