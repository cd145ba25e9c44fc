import { messagesFor } from '../report/messages';
import type { Profile } from '../types';
import { ENGINE_ANALYZERS } from './analyzers';
import { identityComponent, nameMismatches, nicheComponent, nicheFacts, sourceIdentities, voiceComponent } from './consistency';
import { analyzeProfileFields } from './fields';

const msg = messagesFor('en');

function setup(profile: Profile) {
  const fields = analyzeProfileFields(profile, ENGINE_ANALYZERS);
  return { fields, identities: sourceIdentities(fields, profile.sources.map((source) => source.platform)) };
}

describe('consistency', () => {
  it('scores one identity across names and handles', () => {
    const { identities } = setup({
      sources: [
        { platform: 'linkedin', handle: 'rina-hartono', displayName: 'Rina Hartono' },
        { platform: 'github', handle: 'rinahartono', displayName: 'Rina Hartono' },
      ],
    });
    expect(identityComponent(identities, msg)?.value).toBe(100);
    expect(nameMismatches(identities)).toEqual([]);
  });

  it('notices different display names but accepts initials', () => {
    const { identities } = setup({
      sources: [
        { platform: 'linkedin', displayName: 'Andi Wijaya' },
        { platform: 'github', displayName: 'Andi W.' },
        { platform: 'tiktok', displayName: 'Chef Budi' },
      ],
    });
    const mismatches = nameMismatches(identities).map((item) => [item.a.source, item.b.source]);
    expect(mismatches).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(identityComponent(identities, msg)?.value).toBeLessThan(60);
  });

  it('reads nicknames, short forms, titles and taglines as one person (both languages)', () => {
    const { identities } = setup({
      sources: [
        { platform: 'linkedin', displayName: 'Ns. Kristina Anggraeni Sitorus, S.Kep.' },
        { platform: 'instagram', displayName: 'Tina Sitorus 🩺 perawat & edukator' },
        { platform: 'tiktok', displayName: 'Ners Kris | Tips Kesehatan' },
        { platform: 'x', displayName: 'Kristina A. Sitorus' },
      ],
    });
    expect(nameMismatches(identities)).toEqual([]);
    const english = setup({
      sources: [
        { platform: 'linkedin', displayName: 'Jonathan Pratama' },
        { platform: 'github', displayName: 'Jon | building dev tools' },
      ],
    });
    expect(nameMismatches(english.identities)).toEqual([]);
  });

  it('still notices a different person', () => {
    const { identities } = setup({
      sources: [
        { platform: 'linkedin', displayName: 'Kristina Sitorus' },
        { platform: 'instagram', displayName: 'Bambang Wibowo' },
      ],
    });
    expect(nameMismatches(identities)).toHaveLength(1);
  });

  it('leaves identity out for a single source', () => {
    const { identities } = setup({ sources: [{ platform: 'linkedin', displayName: 'Rina' }] });
    expect(identityComponent(identities, msg)).toBeUndefined();
  });

  it('finds the main niche and the sources off it', () => {
    const { fields } = setup({
      sources: [
        { platform: 'linkedin', headline: 'Backend Engineer | Golang, Kafka', posts: [{ text: 'Notes on Kafka consumer groups.' }] },
        { platform: 'tiktok', about: 'Resep rumahan tiap hari', posts: [{ text: 'Rendang 3 jam, bumbu rumahan.' }] },
      ],
    });
    const facts = nicheFacts(fields);
    expect(facts?.dominantFamily).toBe('backend');
    expect(facts?.offNicheSources).toEqual([1]);
    expect(facts?.sourceOverlap).toBe(0);
    expect(nicheComponent(fields, msg)?.value).toBe(25);
  });

  it('expects a more formal voice on LinkedIn than on TikTok', () => {
    const casual = 'Looking for a new admin role in Jakarta this month, please DM aja';
    const linkedin = voiceComponent(setup({ sources: [{ platform: 'linkedin', posts: [{ text: casual }] }] }).fields, msg);
    const tiktok = voiceComponent(setup({ sources: [{ platform: 'tiktok', posts: [{ text: casual }] }] }).fields, msg);
    expect(linkedin?.value).toBeLessThan(tiktok?.value ?? 0);
  });
});
