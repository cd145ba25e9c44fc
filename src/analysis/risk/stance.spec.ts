import { inferRole, type RoleReading } from '../reading';
import { analyzeText } from '../text/analyze';
import type { FlagCategory, Severity } from '../types';
import { detectRisks, readRiskText } from './index';

function roleFor(headline: string): RoleReading | undefined {
  const units = readRiskText(analyzeText(headline, { source: 0, field: 'headline' })).units;
  return inferRole([{ kind: 'headline', source: 0, field: 'headline', original: headline, units }]);
}

function raised(text: string, headline = ''): Map<FlagCategory, Severity> {
  const analyzed = analyzeText(text, { source: 0, field: 'posts[0]' });
  const hits = detectRisks(analyzed, { platform: 'linkedin', role: headline === '' ? undefined : roleFor(headline) });
  const found = new Map<FlagCategory, Severity>();
  for (const hit of hits) {
    expect(text.slice(hit.start, hit.end).length).toBe(hit.end - hit.start);
    if (hit.severity !== 'info') found.set(hit.category, hit.severity);
  }
  return found;
}

describe('class 1, stance: warnings, reports, quotes and lessons are not promotion', () => {
  it.each([
    ['id', 'Jangan mau diajak investasi yang menjanjikan untung pasti tiap minggu.'],
    ['id', 'Ciri-ciri skema ponzi: member lama dibayar dari uang member baru.'],
    ['id', 'Polisi menangkap bandar judi online yang memakai rekening mahasiswa.'],
    ['en', 'Red flag: any "opportunity" that promises guaranteed profit and asks you to recruit.'],
    ['en', 'Police arrested an online casino operator who laundered deposits through shell firms.'],
    ['en', 'A short lesson on why passive income schemes collapse when recruiting stops.'],
  ])('%s: %s', (_lang, text) => {
    const found = raised(text);
    expect(found.has('scam')).toBe(false);
    expect(found.has('gambling')).toBe(false);
  });

  it('keeps someone else quoted words out of the writer flags when the writer frames the quote', () => {
    expect(raised('Seorang manajer membentak staf: "dasar bego, kerja gitu aja gak bisa", ini cara kami menanganinya.').has('insult')).toBe(false);
    expect(raised('A client told our agent "you are a useless idiot" and this is how we handled it.').has('insult')).toBe(false);
  });

  it('still flags promotion, with critical only for unambiguous pitches', () => {
    expect(raised('Modal 50rb jadi 2 juta seminggu, transfer dulu ke rekening saya ya!').get('scam')).toBe('critical');
    expect(raised('Cari downline, yuk gabung tim saya, penghasilan pasif tiap bulan.').get('scam')).toBe('warning');
    expect(raised('Online slots paying big tonight, sign up with the link in bio!').get('gambling')).toBe('critical');
  });
});

describe('class 2, the person own field', () => {
  it.each([
    ['Apoteker', 'Tramadol dan kodein termasuk obat yang pemakaiannya diawasi ketat.', 'drugs'],
    ['Clinical Pharmacist', 'Reviewed every codeine prescription on the ward for interactions.', 'drugs'],
    ['Game Developer', 'Players can now kill the boss with a charged headshot.', 'violence'],
    ['Pengembang game', 'Sekarang pemain bisa menembak musuh dari atap gedung.', 'violence'],
    ['Compliance Officer', 'Flagged 40 accounts that sent deposits to online casino merchants.', 'gambling'],
    ['Bidan', 'Edukasi kontrasepsi dan pencegahan kekerasan seksual untuk remaja.', 'sexual'],
  ])('%s: %s', (headline, text, category) => {
    expect(raised(text, headline).has(category as FlagCategory)).toBe(false);
  });

  it('does not excuse selling inside the field', () => {
    expect(raised('Jual tramadol tanpa resep, DM aja.', 'Apoteker').get('drugs')).toBe('warning');
  });
});

describe('class 3, real problems the words alone missed', () => {
  it('catches Indonesian slang threats', () => {
    expect(raised('Awas lo ya, tunggu gue di gerbang belakang.').get('violence')).toBe('critical');
    expect(raised('Gw patahin tangan lo kalo masih ngadu.').get('violence')).toBe('critical');
    expect(raised('I know where you live, so watch your back.').get('violence')).toBe('critical');
  });

  it('catches mockery of a named or addressed person without a swear word', () => {
    expect(raised('Shoutout to Mas Dodi, yang bikin laporan salah lagi. Gak becus banget.').get('insult')).toBe('warning');
    expect(raised('Shoutout to Brian from finance, still clueless after three years.').get('insult')).toBe('warning');
    expect(raised('This library is clueless about time zones.').has('insult')).toBe(false);
  });

  it('catches leaks of unannounced information', () => {
    expect(raised('Bocoran dari dalam: angka penjualan klien kuartal ini belum diumumkan, naik 40%.').get('confidential')).toBe('warning');
    expect(raised("Our client hasn't announced it yet, but their new card launches on 3 March.").get('confidential')).toBe('warning');
  });

  it('counts slang exclamations as profanity and an insult that opens the next sentence as aimed', () => {
    expect(raised('Anjir lah, laptop mati lagi pas demo.').get('profanity')).toBe('warning');
    expect(raised('Anjing saya lucu banget.').has('profanity')).toBe(false);
    expect(raised('Recruiter kantor itu ghosting lagi. Goblok emang.').get('insult')).toBe('warning');
  });
});

describe('class 4, words that are not what they look like', () => {
  it.each([
    'Slot wawancara masih ada Kamis pagi.',
    'Slot gudang C sudah kami rapikan minggu ini.',
    'I have two time slots left for portfolio reviews.',
    'Jackpot! Kandidat data engineer yang kami cari akhirnya ketemu.',
    'Dick Siregar and Ratna Asuransi presented the assessment.',
    'We write services in Go and Spring, and the finance team lives in Excel.',
  ])('%s', (text) => {
    expect([...raised(text).keys()]).toEqual([]);
  });

  it('never makes a critical flag of a single ambiguous word', () => {
    for (const severity of raised('Pinjol itu topik diskusi kita minggu depan.').values()) expect(severity).not.toBe('critical');
  });
});

describe('class 5, disclosure and own goods', () => {
  it.each([
    'Disclosure: link afiliasi. Pakai kode SARI10 buat diskon.',
    'Paid partnership: use code TOM15 for 15% off.',
    'Kerja sama berbayar, pakai kode KOPI5 ya.',
    'Trying this desk for a month (sponsored), use code DESK20.',
    '#iklan Pakai kode RINA10 sampai Minggu.',
  ])('%s is disclosed', (text) => {
    expect(raised(text).has('undisclosed_sponsorship')).toBe(false);
  });

  it('flags an undisclosed affiliate code, not a seller selling their own goods', () => {
    expect(raised('Pakai kode SARI10 buat diskon, link di keranjang kuning!').get('undisclosed_sponsorship')).toBe('warning');
    expect(raised('Order via keranjang ya kak, stok terbatas.', 'Admin olshop').has('undisclosed_sponsorship')).toBe(false);
  });
});

describe('class 4, tool names that are plain words', () => {
  const { findTaxonomyMentions } = jest.requireActual<typeof import('../profile/taxonomy')>('../profile/taxonomy');
  const ids = (text: string): string[] =>
    findTaxonomyMentions(analyzeText(text, { source: 0, field: 'about' }))
      .filter((mention) => mention.entry.kind === 'tool')
      .map((mention) => mention.entry.id);

  it('reads Go, Spring and Excel as tools only where they name one', () => {
    expect(ids('Every spring we go hiking, and I excel at planning the route.')).toEqual([]);
    expect(ids('Saya suka go live tiap musim semi dan excel in teamwork.')).toEqual([]);
    expect(ids('Services in Go and Spring Boot, reports in Excel.')).toEqual(expect.arrayContaining(['golang', 'spring-boot', 'excel']));
    expect(ids('Mahir Excel dan Go untuk analisis data.')).toEqual(expect.arrayContaining(['excel', 'golang']));
  });
});

describe('a disguised site name inside a report, a condemnation or a warning', () => {
  function gamblingSeverity(text: string): Severity | undefined {
    const hits = detectRisks(analyzeText(text, { source: 0, field: 'posts[0]' }), { platform: 'linkedin' });
    return hits.find((found) => found.category === 'gambling')?.severity;
  }

  it.each([
    'Polisi menutup situs M4WAR88 dan menangkap dua adminnya.',
    'Kominfo sudah memblokir KINGASIA77, situs itu ilegal.',
    'Police shut down LUCKYBET88 after a six-month investigation.',
    'The site 𝐌𝐄𝐆𝐀𝐁𝐄𝐓𝟗𝟗 is illegal and its owners were arrested.',
  ])('a sentence that reports or condemns names it: "%s" raises nothing', (text) => {
    expect(gamblingSeverity(text)).toBeUndefined();
  });

  it.each([
    'Hati-hati dengan situs AERO88, ujungnya rekening kosong.',
    'Beware of sites like JACKPOT777: they keep your deposit.',
  ])('a warning lowers it to info: "%s"', (text) => {
    expect(gamblingSeverity(text)).toBe('info');
  });

  it.each([
    'Polisi gak bakal tahu, daftar sekarang di M4WAR88!',
    'Main di 𝐌𝐄𝐆𝐀𝐁𝐄𝐓𝟗𝟗 gacor hari ini',
    'Sign up at LUCKYBET88 now, the police will never know',
  ])('a promoting clause keeps it critical: "%s"', (text) => {
    expect(gamblingSeverity(text)).toBe('critical');
  });
});
