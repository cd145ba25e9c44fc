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

  it('reads the grammar, not the loanwords: English job words in Indonesian sentences stay Indonesian', () => {
    const profile: Profile = {
      sources: [
        {
          platform: 'instagram',
          headline: 'Admin Marketplace | Customer Service',
          posts: [
            { text: 'Hari ini restock produk baru, semua ready ya kak. Order lewat keranjang aja.' },
            { text: 'Tips packing dari aku: pakai bubble wrap dua lapis supaya paket tidak penyok di jalan.' },
            { text: 'Terima kasih untuk semua customer yang sudah order minggu ini, rating toko kita naik lagi.' },
          ],
        },
      ],
    };
    expect(auditProfile(profile).language.primary).toBe('id');
  });

  it('calls a profile mixed when both grammars carry sentences', () => {
    const profile: Profile = {
      sources: [
        {
          platform: 'linkedin',
          about: 'I lead the payments team and we ship weekly. Most of my work is about making checkout faster for our users.',
          posts: [
            { text: 'Minggu ini saya belajar banyak dari tim support tentang keluhan pelanggan yang paling sering muncul.' },
            { text: 'Sharing a short note on how we cut refund time: it was mostly a queue problem, not a people problem.' },
          ],
        },
      ],
    };
    expect(auditProfile(profile).language.primary).toBe('mixed');
  });
});
