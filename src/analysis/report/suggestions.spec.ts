import * as fs from 'fs';
import * as path from 'path';
import { auditProfile } from '../index';
import type { Profile, Report } from '../types';

const EXAMPLES = path.resolve(__dirname, '../../../docs/examples');

function example(name: string): Profile {
  return JSON.parse(fs.readFileSync(path.join(EXAMPLES, name), 'utf8')) as Profile;
}

function expectOrdered(report: Report): void {
  report.suggestions.forEach((suggestion, index) => {
    expect(suggestion.priority).toBe(index + 1);
    if (index > 0) expect(suggestion.expectedGain).toBeLessThanOrEqual(report.suggestions[index - 1].expectedGain);
  });
}

describe('suggestions', () => {
  it('are ordered by expected gain with priorities 1..n', () => {
    for (const name of ['risky-id.json', 'inconsistent-mixed.json', 'strong-en.json']) expectOrdered(auditProfile(example(name)));
  });

  it('estimate the gain of a risk fix on the graded score', () => {
    const report = auditProfile(example('inconsistent-mixed.json'), { locale: 'en' });
    const disclose = report.suggestions.find((suggestion) => suggestion.dimension === 'risk');
    expect(disclose?.title).toContain('Disclose');
    expect(disclose?.expectedGain).toBeGreaterThan(0);
    expect(disclose?.example?.startsWith('#ad ')).toBe(true);
    // The disclosure line never quotes the flagged post.
    expect(disclose?.example).not.toContain('keranjang kuning');
  });

  it('point at the evidence they come from', () => {
    const report = auditProfile(example('risky-id.json'));
    for (const suggestion of report.suggestions.filter((item) => item.dimension === 'risk')) {
      expect(suggestion.evidence.length).toBeGreaterThan(0);
      for (const evidence of suggestion.evidence) expect(evidence.source).toBe(0);
    }
  });

  it('give contradiction advice that names both sides', () => {
    const report = auditProfile(example('inconsistent-mixed.json'), { locale: 'en' });
    const seniority = report.suggestions.find((suggestion) => suggestion.title.includes('seniority'));
    expect(seniority?.dimension).toBe('consistency');
    expect(seniority?.detail).toContain('Senior');
    expect(seniority?.detail).toMatch(/Fresh graduate/);
    expect(seniority?.expectedGain).toBeGreaterThan(0);
  });

  it('suggest nothing for a profile with nothing left to gain', () => {
    const report = auditProfile(example('strong-en.json'));
    expect(report.suggestions.every((suggestion) => suggestion.expectedGain > 0)).toBe(true);
    expect(report.suggestions.some((suggestion) => suggestion.dimension === 'risk')).toBe(false);
  });

  it('rewrite slang in the candidate’s own sentence as the tone example', () => {
    const profile: Profile = {
      sources: [{ platform: 'linkedin', headline: 'Staf Administrasi', posts: [{ text: 'Gw lagi nyari kerja bgt nih, yg butuh admin DM aja ya' }, { text: 'Udah 5 tahun jadi admin, gak pernah telat!!' }] }],
    };
    const report = auditProfile(profile, { locale: 'id' });
    const tone = report.suggestions.find((suggestion) => suggestion.dimension === 'tone' && suggestion.example);
    expect(tone).toBeDefined();
    expect(tone?.example).not.toMatch(/\b(bgt|yg|Gw)\b/);
    expect(tone?.example).toContain('banget');
  });

  it('fit portfolio advice to the role the person presents', () => {
    const advice = (headline: string, about: string, locale: 'en' | 'id') =>
      auditProfile({ locale, sources: [{ platform: 'linkedin', headline, about }] }).suggestions.find((item) => item.title.match(/work|karya|STR/i));
    expect(advice('Backend Engineer | Go, PostgreSQL', 'I build payment APIs with Go and PostgreSQL for a fintech.', 'en')?.detail).toContain('GitHub');
    expect(advice('UI/UX Designer | Figma', 'I design mobile banking flows in Figma for first-time users.', 'en')?.detail).toContain('Behance');
    expect(advice('Perawat IGD', 'Perawat instalasi gawat darurat di rumah sakit daerah, terbiasa triase pasien.', 'id')?.detail).toContain('STR');
    const lawyer = advice('Advokat | Hukum Ketenagakerjaan', 'Saya advokat yang mendampingi pekerja dalam sengketa PHK.', 'id');
    expect(lawyer?.detail).toContain('publikasi');
    expect(lawyer?.detail).not.toContain('GitHub');
  });

  it('never repeat a flagged passage, profanity or personal data in an example', () => {
    const profile: Profile = {
      locale: 'id',
      sources: [
        {
          platform: 'instagram',
          about: 'Admin toko online, bales chat cepet bgt wkwk',
          posts: [
            { text: 'anjir customer hari ini rese bgt, goblok banget sumpah, mau gue samperin aja rumahnya' },
            { text: 'yg mau order langsung wa aja ke 0812-5566-7788 ya kak, gercep!!' },
          ],
        },
      ],
    };
    const report = auditProfile(profile);
    const flagged = report.flags.flatMap((flag) => flag.evidence.map((evidence) => evidence.excerpt.toLowerCase()));
    for (const suggestion of report.suggestions) {
      const example = suggestion.example?.toLowerCase() ?? '';
      for (const word of ['goblok', 'anjir', '0812', 'samperin']) expect(example).not.toContain(word);
      for (const text of flagged) if (example) expect(text.includes(example) || example.includes(text)).toBe(false);
    }
  });

  it('read naturally: English plurals by Intl.PluralRules, no "bekerja dengan" for a skill in Indonesian', () => {
    const report = auditProfile({ locale: 'id', sources: [{ platform: 'linkedin', headline: 'Sales Executive', about: 'Penjualan.' }] });
    for (const suggestion of report.suggestions) expect(`${suggestion.detail} ${suggestion.example ?? ''}`).not.toContain('bekerja dengan');
    const english = auditProfile({ locale: 'en', sources: [{ platform: 'x', posts: [{ text: 'Shipped the new onboarding flow today.' }] }] });
    for (const suggestion of english.suggestions) expect(suggestion.detail).not.toMatch(/\b1 (posts|results|profiles|passages)\b/);
  });
});
