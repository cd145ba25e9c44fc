import { auditProfile } from '../index';
import type { Profile } from '../types';

describe('profile language', () => {
  it('weights fields by words and calls an even mix of both languages mixed', () => {
    const profile: Profile = {
      sources: [
        { platform: 'linkedin', headline: 'Data Analyst', about: 'I help retail teams make better pricing decisions with data.' },
        { platform: 'instagram', about: 'Lagi belajar masak rendang bareng keluarga di rumah, seru banget hari ini.' },
      ],
    };
    const report = auditProfile(profile);
    expect(report.language.sources).toEqual([
      { source: 0, language: 'en' },
      { source: 1, language: 'id' },
    ]);
    expect(report.language.primary).toBe('mixed');
    expect(report.locale).toBe('id');
  });

  it('is not switched by a protected self-description in another language', () => {
    const base: Profile = { sources: [{ platform: 'linkedin', headline: 'Accountant', about: 'Accountant with 6 years in tax reporting and audits.' }] };
    const withTrait: Profile = {
      sources: [{ platform: 'linkedin', headline: 'Accountant', about: 'Accountant with 6 years in tax reporting and audits. Saya seorang ibu dua anak, beragama Katolik.' }],
    };
    expect(auditProfile(withTrait).locale).toBe(auditProfile(base).locale);
    expect(auditProfile(withTrait).scores).toEqual(auditProfile(base).scores);
  });
});
