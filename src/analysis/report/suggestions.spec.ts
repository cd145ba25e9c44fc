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

  it('estimate the gain of a risk fix as the deduction it removes', () => {
    const report = auditProfile(example('inconsistent-mixed.json'), { locale: 'en' });
    const disclose = report.suggestions.find((suggestion) => suggestion.dimension === 'risk');
    expect(disclose?.title).toContain('Disclose');
    expect(disclose?.expectedGain).toBe(6);
    expect(disclose?.example?.startsWith('#ad ')).toBe(true);
    expect(disclose?.example).toContain('keranjang kuning');
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
});
