import { messagesFor } from '../report/messages';
import type { Profile } from '../types';
import { ENGINE_ANALYZERS } from './analyzers';
import { extractClaims } from './claims';
import { analyzeProfileFields } from './fields';
import {
  credentialsComponent,
  findAchievements,
  headlineComponent,
  knowledgeComponent,
  linkKind,
  portfolioComponent,
} from './signals';

const msg = messagesFor('en');

function setup(profile: Profile) {
  const fields = analyzeProfileFields(profile, ENGINE_ANALYZERS);
  const claims = fields.flatMap(extractClaims);
  return { fields, claims, achievements: findAchievements(fields, claims) };
}

function achievementTexts(about: string): string[] {
  const { fields, achievements } = setup({ sources: [{ platform: 'linkedin', about }] });
  return achievements.map((item) => fields[0].text.original.slice(item.start, item.end));
}

describe('professional signals', () => {
  it('finds quantified achievements in both languages', () => {
    expect(achievementTexts('Built a dashboard that cut stock-outs by 18% across 40 stores, saving 6 hours a week.')).toEqual(['18%', '40 stores', '6 hours']);
    expect(achievementTexts('Mengedit 120+ video konten untuk 15 klien sejak 2023.')).toEqual(['120+ video', '15 klien']);
    expect(achievementTexts('Cut onboarding time from 10 days to 4.')).toEqual(['10 days to 4']);
  });

  it('reads results in both languages\' styles: ranges, rates, decimals with units, money, approximations, words', () => {
    expect(achievementTexts('Waktu tutup buku turun dari 9 jadi 5 hari kerja.')).toEqual(['9 jadi 5 hari']);
    expect(achievementTexts('Rata-rata 45 unit sebulan, total kontrak Rp 3,2 miliar.')).toEqual(['45 unit', '3,2 miliar']);
    expect(achievementTexts('My CLI tool has 2.7k stars and made builds 3.5x faster.')).toEqual(['2.7k stars', '3.5x faster']);
    expect(achievementTexts('Reduced invoice disputes from 14% to 6.5% in two quarters.')).toEqual(['14% to 6.5%']);
    expect(achievementTexts('Modul pelatihan saya sekarang dipakai di 9 cabang.')).toEqual(['9 cabang']);
    expect(achievementTexts('Mendampingi lebih dari 300 pasien pascaoperasi.')).toEqual(['300 pasien']);
    expect(achievementTexts('Our return rate fell by a third after the new packaging.')).toEqual(['by a third']);
    expect(achievementTexts('Tim kami masuk finalis lomba inovasi nasional.')).toEqual(['finalis']);
    expect(achievementTexts('Co-authored 6 refereed papers on speech recognition.')).toEqual(['6 refereed papers']);
    expect(achievementTexts('Released 2,400 hand-checked Minang and Bugis news articles.')).toEqual(['2,400 hand-checked Minang and Bugis news articles']);
    expect(achievementTexts('Mendampingi guru di 11 SD dan SMP negeri.')).toEqual(['11 SD']);
    expect(achievementTexts('Designed the checkout service behind 3,000 payments per minute.')).toEqual(['3,000 payments']);
  });

  it('keeps a grade point average as evidence but not as a result of work', () => {
    const { achievements } = setup({ sources: [{ platform: 'linkedin', about: 'Lulus dengan IPK 3,78 dan memimpin 4 proyek kampus.' }] });
    expect(achievements.map((item) => item.academic === true)).toEqual([true, false]);
  });

  it('does not stretch a number over describing words to a measure of time ("hari ini" is today)', () => {
    expect(achievementTexts('Kelas 6 antusias sekali belajar hari ini.')).toEqual([]);
  });

  it('does not read dates, ages, clock times, addresses or identifiers as results', () => {
    expect(achievementTexts('Lahir 12 Maret, umur 24 tahun, tinggal di Jl. Mawar No. 8 RT 02.')).toEqual([]);
    expect(achievementTexts('Webinar starts at 7 pm on 14 August.')).toEqual([]);
  });

  it('does not count experience years, dates, steps or discounts as achievements', () => {
    expect(achievementTexts('HR generalist with 6 years in manufacturing. Graduated in 2019.')).toEqual([]);
    expect(achievementTexts('How I clean data in 5 steps.')).toEqual([]);
    expect(achievementTexts('Promo diskon 20% hari ini, cek keranjang kuning!')).toEqual([]);
  });

  it('rates a headline by role, specialty and value', () => {
    const strong = setup({ sources: [{ platform: 'linkedin', headline: 'Data Analyst | SQL, Python & Power BI | Turning retail data into pricing decisions' }] });
    expect(headlineComponent(strong.fields, strong.achievements, strong.claims, msg).value).toBe(100);
    const roleOnly = setup({ sources: [{ platform: 'linkedin', headline: 'Staf Administrasi' }] });
    expect(headlineComponent(roleOnly.fields, roleOnly.achievements, roleOnly.claims, msg).value).toBe(40);
  });

  it('lets the bio stand in for a headline, in full only where no platform has a headline field', () => {
    const xOnly = setup({ sources: [{ platform: 'x', about: 'Data analyst. SQL and Python notes.' }] });
    const withLinkedIn = setup({ sources: [{ platform: 'linkedin', about: 'Data analyst. SQL and Python notes.' }] });
    const full = headlineComponent(xOnly.fields, xOnly.achievements, xOnly.claims, msg).value;
    expect(headlineComponent(withLinkedIn.fields, withLinkedIn.achievements, withLinkedIn.claims, msg).value).toBeCloseTo(full * 0.6, 6);
    const nothing = setup({ sources: [{ platform: 'x', handle: 'someone' }] });
    expect(headlineComponent(nothing.fields, [], [], msg).value).toBe(0);
  });

  it('counts knowledge-sharing posts', () => {
    const { fields } = setup({
      sources: [{ platform: 'linkedin', posts: [{ text: 'A short guide to SQL window functions.' }, { text: 'Tips: cek duplikat sebelum menjumlah.' }, { text: 'Happy Friday everyone.' }] }],
    });
    const component = knowledgeComponent(fields, msg);
    expect(component.value).toBe(70);
    expect(component.explanation).toContain('2 of 3 posts');
  });

  it('finds degrees and certificates', () => {
    const { fields } = setup({ sources: [{ platform: 'linkedin', about: 'S1 Akuntansi, Universitas Padjadjaran. Sertifikat Brevet A dan B.' }] });
    expect(credentialsComponent(fields, msg).value).toBe(100);
    const none = setup({ sources: [{ platform: 'linkedin', about: 'Scrum master for three teams.' }] });
    expect(credentialsComponent(none.fields, msg).value).toBe(0);
  });

  it('recognises portfolio links and personal sites but not social profiles', () => {
    expect(linkKind('https://github.com/rina')).toBe('portfolio');
    expect(linkKind('behance.net/sari')).toBe('portfolio');
    expect(linkKind('https://www.rinahartono.dev/projects')).toBe('site');
    expect(linkKind('https://instagram.com/rina')).toBeUndefined();
    const profile: Profile = { sources: [{ platform: 'linkedin', about: 'Portfolio: github.com/rinahartono' }] };
    expect(portfolioComponent(profile, setup(profile).fields, msg).value).toBe(100);
    const none: Profile = { sources: [{ platform: 'instagram', about: 'DM for collabs' }] };
    expect(portfolioComponent(none, setup(none).fields, msg).value).toBe(0);
  });
});
