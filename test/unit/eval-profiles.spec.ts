import { averageRanks, locateQuote, quoteFound, spearman } from '../../scripts/eval/profiles-measures';
import { parseJudgedProfile, parseRanking } from '../../scripts/eval/profiles-data';
import { parseArgs } from '../../scripts/eval/index';
import type { Profile } from '../../src/analysis/types';

describe('profiles eval task', () => {
  it('ranks ties by their average position and computes Spearman', () => {
    expect(averageRanks([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 40])).toBeCloseTo(1);
    expect(spearman([1, 2, 3, 4], [40, 30, 20, 10])).toBeCloseTo(-1);
    expect(spearman([1, 1, 1], [1, 2, 3])).toBe(0);
  });

  it('reads RANKING.md rows in their numbered order', () => {
    const md = '| # | file |\n|---|---|\n| 2 | 05-b | B | y |\n| 1 | 01-a | A | x |\n';
    expect(parseRanking(md)).toEqual(['01-a', '05-b']);
  });

  it('finds a quote only when an evidence span overlaps one of its occurrences', () => {
    const input: Profile = { sources: [{ platform: 'linkedin', headline: 'PMP | Analis', posts: [{ text: 'Lulus PMP tahun ini' }] }] };
    expect(locateQuote(input, 'PMP')).toHaveLength(2);
    const onPost = { source: 0, field: 'posts[0]', start: 6, end: 9, excerpt: 'PMP' };
    expect(quoteFound(input, 'PMP', [onPost])).toBe(true);
    expect(quoteFound(input, 'Analis', [onPost])).toBe(false);
    expect(quoteFound(input, 'PMP', [{ ...onPost, start: 0, end: 5 }])).toBe(false);
  });

  it('rejects a judgement with an unknown category or band', () => {
    const base = { input: { sources: [] }, collectedAt: '2026-11-20' };
    const judgement = { band: 'B', mustFlags: [], mustNotFlags: [], language: 'en', achievements: [], credentials: [] };
    expect(parseJudgedProfile('x.json', { ...base, judgement }).id).toBe('x');
    expect(() => parseJudgedProfile('x.json', { ...base, judgement: { ...judgement, band: 'F' } })).toThrow(/band/);
    expect(() => parseJudgedProfile('x.json', { ...base, judgement: { ...judgement, mustFlags: ['rude'] } })).toThrow(/rude/);
  });

  it('selects tasks with --task and rejects an empty one', () => {
    expect(parseArgs(['--task', 'profiles'], '/d')).toEqual({ ok: true, dataDir: '/d', tasks: ['profiles'] });
    expect(parseArgs(['--task=profiles', '--task', 'id-gambling'], '/d')).toEqual({ ok: true, dataDir: '/d', tasks: ['profiles', 'id-gambling'] });
    expect(parseArgs(['--task'], '/d').ok).toBe(false);
  });
});
