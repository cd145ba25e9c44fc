import { auditProfile } from '../index';
import type { Profile } from '../types';
import { BAND_WINDOWS, bandedValue } from './bands';

const REFERENCE = '2026-06-30';

function strongNurse(extraPost?: string): Profile {
  const posts = [
    { text: 'Catatan shift: cara kami menurunkan angka infeksi jalur infus dari 3,1% ke 0,9% dalam 10 bulan.', postedAt: '2026-06-20' },
    { text: 'Tips untuk perawat baru di ICU: catat balans cairan setiap jam, jangan menunggu akhir shift.', postedAt: '2026-06-02' },
    { text: 'Hari ini membimbing 6 perawat magang untuk pemasangan monitor hemodinamik.', postedAt: '2026-05-15' },
  ];
  if (extraPost) posts.push({ text: extraPost, postedAt: '2026-06-25' });
  return {
    sources: [
      {
        platform: 'linkedin',
        displayName: 'Ns. Maria Lumban Gaol, S.Kep.',
        headline: 'Perawat ICU | STR aktif | BTCLS',
        about: 'Perawat ICU dengan STR aktif. Menurunkan kejadian dekubitus 40% di unit kami lewat jadwal reposisi yang baru.',
        posts,
      },
      { platform: 'instagram', displayName: 'Ners Maria', about: 'Edukasi kesehatan dari ruang ICU.', posts: [{ text: 'Kenapa pasien ICU perlu diposisikan ulang tiap 2 jam? Ini penjelasannya.', postedAt: '2026-06-10' }] },
    ],
  };
}

describe('band rules', () => {
  it('lets a profile with every essential and nothing risky reach A', () => {
    const report = auditProfile(strongNurse(), { referenceDate: REFERENCE });
    expect(report.scores.overall.missing).toEqual([]);
    expect(report.scores.overall.grade).toBe('A');
  });

  it('holds a profile back to B when an essential is missing (silent for months)', () => {
    const report = auditProfile(strongNurse(), { referenceDate: '2027-03-01' });
    expect(report.scores.overall.missing).toContain('active');
    expect(['B', 'C']).toContain(report.scores.overall.grade);
  });

  it('caps a threat at E and an insult at D whatever else is strong (both languages)', () => {
    const threat = auditProfile(strongNurse('Awas lo ya, gue tungguin di parkiran abis shift, gue patahin tangan lo.'), { referenceDate: REFERENCE });
    expect(threat.scores.overall.grade).toBe('E');
    expect(threat.scores.overall.reasons).toContain('critical');
    const threatEn = auditProfile(strongNurse('I will find you after your shift and break your legs, Kevin.'), { referenceDate: REFERENCE });
    expect(threatEn.scores.overall.grade).toBe('E');
    const insult = auditProfile(strongNurse('Rekan kerja gue si Doni emang goblok, dasar tolol, kerjaan gak pernah beres.'), { referenceDate: REFERENCE });
    expect(insult.scores.overall.grade).toBe('D');
    const profane = auditProfile(strongNurse('Our team lead Kevin is a fucking moron, honestly.'), { referenceDate: REFERENCE });
    expect(profane.scores.overall.grade).toBe('D');
  });

  it('caps undisclosed promotion and own oversharing at C, not lower', () => {
    const overshare = auditProfile(strongNurse('Yang mau kirim kado ke rumah: Jl. Cempaka Putih Raya No. 14, RT 03/RW 07, Kel. Cempaka Putih, Jakarta Pusat 10510, HP 0812-7781-2234.'), {
      referenceDate: REFERENCE,
    });
    expect(overshare.scores.overall.reasons).toContain('own_personal_data');
    expect(overshare.scores.overall.grade).toBe('C');
  });

  it('holds a feed that is mostly a sales catalogue at C, in either language', () => {
    const profile = strongNurse();
    profile.sources[1].posts = [
      { text: 'PROMO MINGGU INI!! DP mulai 500rb, angsuran ringan. Langsung DM aku ya kak!', postedAt: '2026-06-24' },
      { text: 'Unit ready warna merah, bisa kredit, proses cepat. DM sekarang sebelum harga naik!!', postedAt: '2026-06-22' },
      { text: 'Free consultation this week only, call now and get a discount on your first package!', postedAt: '2026-06-21' },
      { text: 'Konsultasi gratis soal cicilan, cuss DM ya!', postedAt: '2026-06-19' },
      { text: 'Flash sale tonight! Use my code for cashback, link in bio.', postedAt: '2026-06-18' },
    ];
    const report = auditProfile(profile, { referenceDate: REFERENCE });
    expect(report.scores.overall.reasons?.some((reason) => reason === 'hard_selling' || reason === 'sponsorship')).toBe(true);
    expect(['C', 'D', 'E']).toContain(report.scores.overall.grade);
  });

  it('counts only platforms with a post in the last half year, or a portfolio, as presence', () => {
    const abandoned = strongNurse();
    abandoned.sources[1].posts = [{ text: 'Kenapa pasien ICU perlu diposisikan ulang tiap 2 jam? Ini penjelasannya.', postedAt: '2025-11-02' }];
    expect(auditProfile(abandoned, { referenceDate: REFERENCE }).scores.overall.missing).toEqual(['presence']);
    const aboutOnly = strongNurse();
    aboutOnly.sources[1].posts = [];
    expect(auditProfile(aboutOnly, { referenceDate: REFERENCE }).scores.overall.missing).toEqual(['presence']);
    const portfolio = strongNurse();
    portfolio.sources[1] = { platform: 'website', about: 'Materi edukasi ICU yang saya tulis, dengan daftar pustaka.' };
    expect(auditProfile(portfolio, { referenceDate: REFERENCE }).scores.overall.missing).toEqual([]);
  });

  it('does not take a grade point average for a result of work (caps at C without one)', () => {
    const graduate: Profile = {
      sources: [
        {
          platform: 'linkedin',
          headline: 'Fresh Graduate Teknik Elektro | S.T.',
          about: 'Lulusan Teknik Elektro dengan IPK 3,62. Disiplin, teliti, dan cepat belajar.',
          posts: [{ text: 'Alhamdulillah lulus sidang skripsi tentang panel surya.', postedAt: '2026-06-20' }],
        },
        { platform: 'instagram', about: 'Elektro 2022', posts: [{ text: 'Jalan-jalan ke Bromo sebelum wisuda.', postedAt: '2026-06-12' }] },
      ],
    };
    const report = auditProfile(graduate, { referenceDate: REFERENCE });
    expect(report.scores.overall.missing).toContain('results');
    expect(report.scores.overall.reasons).toContain('no_results');
    expect(['C', 'D', 'E']).toContain(report.scores.overall.grade);
  });

  it('places a capped value inside the allowed band and keeps order', () => {
    expect(bandedValue(90, 'A', { ceiling: 'D', reasons: ['conduct'], missing: [] })).toBeLessThanOrEqual(BAND_WINDOWS.D.high);
    expect(bandedValue(90, 'A', { ceiling: 'D', reasons: ['conduct'], missing: [] })).toBeGreaterThan(bandedValue(75, 'B', { ceiling: 'D', reasons: ['conduct'], missing: [] }));
    expect(bandedValue(72, 'B', { ceiling: 'A', reasons: [], missing: [] })).toBeGreaterThanOrEqual(BAND_WINDOWS.A.low);
    expect(bandedValue(62, 'C', { ceiling: 'B', reasons: ['essentials'], missing: ['active'] })).toBe(62);
  });
});
