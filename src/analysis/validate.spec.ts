import { PROFILE_LIMITS } from './types';
import { isIsoDate, validateProfile } from './validate';

function errorsOf(input: unknown): { path: string; message: string }[] {
  const result = validateProfile(input);
  return result.ok ? [] : result.errors;
}

describe('validateProfile', () => {
  it('accepts a complete valid profile and returns it', () => {
    const profile = {
      targetRole: 'data analyst',
      locale: 'id',
      sources: [
        {
          platform: 'linkedin',
          handle: 'rina',
          displayName: 'Rina',
          url: 'https://linkedin.com/in/rina',
          headline: 'Data Analyst',
          about: 'SQL',
          posts: [{ text: 'Hi', postedAt: '2026-03-02T10:15:00+07:00', likes: 3, comments: 0, shares: 1 }],
          metrics: { followers: 10, following: 5, avgLikes: 1.5, avgComments: 0 },
        },
      ],
    };
    expect(validateProfile(profile)).toEqual({ ok: true, profile });
  });

  it('reports wrong types, enums and unknown fields with their paths', () => {
    const errors = errorsOf({
      sources: [{ platform: 'myspace', headline: 42, extra: true, posts: 'none' }],
      locale: 'fr',
      surprise: 1,
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: 'surprise', message: 'is not an allowed field' },
        { path: 'sources[0].extra', message: 'is not an allowed field' },
        expect.objectContaining({ path: 'sources[0].platform' }),
        { path: 'sources[0].headline', message: 'must be a string' },
        { path: 'sources[0].posts', message: 'must be an array' },
        expect.objectContaining({ path: 'locale' }),
      ]),
    );
  });

  it('names the exact post that is wrong', () => {
    const posts = [{ text: 'ok' }, { text: 'ok' }, { text: 'ok' }, { text: 'ok' }, { text: 7, postedAt: '2026-02-30', likes: -1, comments: 1.5 }];
    const errors = errorsOf({ sources: [{ platform: 'x' }, { platform: 'x' }, { platform: 'tiktok', posts }] });
    expect(errors).toEqual([
      { path: 'sources[2].posts[4].text', message: 'must be a string' },
      { path: 'sources[2].posts[4].postedAt', message: expect.stringContaining('ISO 8601') },
      { path: 'sources[2].posts[4].likes', message: 'must not be negative' },
      { path: 'sources[2].posts[4].comments', message: 'must be a whole number' },
    ]);
  });

  it('enforces PROFILE_LIMITS', () => {
    const tooManySources = Array.from({ length: PROFILE_LIMITS.sources + 1 }, () => ({ platform: 'x' }));
    expect(errorsOf({ sources: tooManySources })[0].path).toBe('sources');
    const tooManyPosts = Array.from({ length: PROFILE_LIMITS.postsPerSource + 1 }, () => ({ text: 'a' }));
    expect(errorsOf({ sources: [{ platform: 'x', posts: tooManyPosts }] })[0].path).toBe('sources[0].posts');
    expect(errorsOf({ sources: [{ platform: 'x', about: 'a'.repeat(PROFILE_LIMITS.textField + 1) }] })[0].path).toBe('sources[0].about');
    expect(errorsOf({ sources: [{ platform: 'x', handle: 'a'.repeat(PROFILE_LIMITS.shortField + 1) }] })[0].path).toBe('sources[0].handle');
    expect(errorsOf({ sources: [{ platform: 'x', url: 'a'.repeat(PROFILE_LIMITS.url + 1) }] })[0].path).toBe('sources[0].url');
    expect(errorsOf({ sources: [{ platform: 'x' }], targetRole: 'a'.repeat(PROFILE_LIMITS.targetRole + 1) })[0].path).toBe('targetRole');
    expect(errorsOf({ sources: [{ platform: 'x', about: 'a'.repeat(PROFILE_LIMITS.textField) }] })).toEqual([]);
  });

  it('rejects non-objects, missing and empty sources', () => {
    expect(errorsOf(null)).toEqual([{ path: '', message: 'profile must be a JSON object' }]);
    expect(errorsOf([])).toEqual([{ path: '', message: 'profile must be a JSON object' }]);
    expect(errorsOf({})).toEqual([{ path: 'sources', message: 'is required' }]);
    expect(errorsOf({ sources: [] })).toEqual([{ path: 'sources', message: 'must have at least one source' }]);
    expect(errorsOf({ sources: [null] })).toEqual([{ path: 'sources[0]', message: 'must be an object' }]);
    expect(errorsOf({ sources: [{}] })).toEqual([{ path: 'sources[0].platform', message: 'is required' }]);
  });

  it('checks metrics are non-negative numbers and counts are whole', () => {
    const errors = errorsOf({ sources: [{ platform: 'instagram', metrics: { followers: 1.5, avgLikes: -2, following: '3', views: 1 } }] });
    expect(errors).toEqual([
      { path: 'sources[0].metrics.views', message: 'is not an allowed field' },
      { path: 'sources[0].metrics.followers', message: 'must be a whole number' },
      { path: 'sources[0].metrics.following', message: 'must be a finite number' },
      { path: 'sources[0].metrics.avgLikes', message: 'must not be negative' },
    ]);
  });

  it('recognises ISO dates and date-times', () => {
    for (const value of ['2026-03-02', '2024-02-29', '2026-03-02T10:15Z', '2026-03-02T10:15:00.123Z', '2026-03-02T10:15:00-05:30']) {
      expect(isIsoDate(value)).toBe(true);
    }
    for (const value of ['2026-3-2', '2025-02-29', '2026-13-01', '02/03/2026', '2026-03-02T25:00Z', '2026-03-02T10:15:00+7']) {
      expect(isIsoDate(value)).toBe(false);
    }
  });

  it('refuses what cannot be stored or audited: NUL, lone surrogates, non-finite or huge numbers, null', () => {
    const emoji = '\u{1F600}';
    const errors = errorsOf({
      targetRole: null,
      sources: [
        { platform: 'x', headline: 'a\u0000b', about: `cut ${emoji.slice(0, 1)} emoji`, handle: emoji.slice(1), posts: null, metrics: { followers: Infinity } },
        { platform: 'x', displayName: `whole ${emoji}`, posts: [{ text: 'ok', likes: PROFILE_LIMITS.count + 1, postedAt: null }], metrics: null },
      ],
      locale: null,
    });
    expect(errors).toEqual([
      { path: 'sources[0].handle', message: expect.stringContaining('surrogate') },
      { path: 'sources[0].headline', message: expect.stringContaining('NUL') },
      { path: 'sources[0].about', message: expect.stringContaining('surrogate') },
      { path: 'sources[0].posts', message: expect.stringContaining('null') },
      { path: 'sources[0].metrics.followers', message: 'must be a finite number' },
      { path: 'sources[1].posts[0].postedAt', message: expect.stringContaining('null') },
      { path: 'sources[1].posts[0].likes', message: `must be at most ${PROFILE_LIMITS.count}` },
      { path: 'sources[1].metrics', message: expect.stringContaining('null') },
      { path: 'targetRole', message: expect.stringContaining('null') },
      { path: 'locale', message: expect.stringContaining('null') },
    ]);
    expect(errorsOf({ sources: [{ platform: 'x', about: `emoji ${emoji} and \u{10FFFF}` }] })).toEqual([]);
  });

  it('refuses a source that is an array (sources: [[]])', () => {
    expect(errorsOf({ sources: [[]] })).toEqual([{ path: 'sources[0]', message: 'must be an object' }]);
  });
});
