import { analyzeProfile } from '../profile/analyze';
import { ENGINE_ANALYZERS } from '../profile/analyzers';
import type { Profile } from '../types';
import { buildFlags } from './flags';
import { messagesFor } from './messages';

function flagsOf(profile: Profile, locale: 'en' | 'id' = 'en') {
  const analysis = analyzeProfile(profile, ENGINE_ANALYZERS, { locale }, messagesFor);
  return buildFlags(analysis, messagesFor(locale));
}

describe('flags', () => {
  const profile: Profile = {
    sources: [
      {
        platform: 'instagram',
        about: 'Info slot gacor hari ini, maxwin dijamin! WA 0812-3456-7890',
        posts: [{ text: 'Daftar situs slot gacor, deposit 10rb langsung maxwin' }, { text: 'Morning coffee and a good book.' }],
      },
      { platform: 'x', about: 'Judi online slot gacor tiap hari, link di bio' },
      { platform: 'linkedin', displayName: 'Dimas Pratama', headline: 'Staf Administrasi' },
      { platform: 'tiktok', displayName: 'Joko Santoso' },
    ],
  };
  const flags = flagsOf(profile);

  it('groups risk hits into one flag per category per source, most severe first', () => {
    const gambling = flags.filter((flag) => flag.category === 'gambling');
    expect(gambling.map((flag) => flag.evidence[0].source)).toEqual([0, 1]);
    expect(gambling[0].evidence.map((evidence) => evidence.field)).toEqual(expect.arrayContaining(['about', 'posts[0]']));
    expect(flags[0].severity).toBe('critical');
    const severities = flags.map((flag) => ['critical', 'warning', 'info'].indexOf(flag.severity));
    expect([...severities].sort((a, b) => a - b)).toEqual(severities);
  });

  it('numbers ids per category in order', () => {
    expect(flags.filter((flag) => flag.category === 'gambling').map((flag) => flag.id)).toEqual(['gambling-1', 'gambling-2']);
    expect(new Set(flags.map((flag) => flag.id)).size).toBe(flags.length);
  });

  it('points every piece of evidence at the exact passage', () => {
    for (const flag of flags) {
      for (const evidence of flag.evidence) {
        if (evidence.field === 'metrics') continue;
        const source = profile.sources[evidence.source];
        const text = evidence.field === 'about' ? source.about : evidence.field === 'displayName' ? source.displayName : source.posts?.[Number(evidence.field.slice(6, -1))]?.text;
        expect(text?.slice(evidence.start, evidence.end).length).toBe(evidence.end - evidence.start);
        expect(evidence.excerpt.length).toBeGreaterThan(0);
      }
    }
  });

  it('reports different display names as info only', () => {
    const names = flags.filter((flag) => flag.category === 'inconsistent_claims');
    expect(names).toHaveLength(1);
    expect(names[0].severity).toBe('info');
    expect(names[0].message).toContain('Dimas Pratama');
    expect(names[0].message).toContain('Joko Santoso');
  });

  it('writes messages in the report locale', () => {
    const indonesian = flagsOf(profile, 'id');
    expect(indonesian.find((flag) => flag.category === 'gambling')?.message).toMatch(/^Promosi judi online di Instagram/);
    expect(indonesian.map((flag) => flag.id)).toEqual(flags.map((flag) => flag.id));
  });
});
