import { analyzeText } from '../text/analyze';
import type { FlagCategory, Platform } from '../types';
import { detectRisks } from './index';
import type { RiskHit } from './types';

function risks(text: string, platform: Platform = 'instagram'): RiskHit[] {
  const hits = detectRisks(analyzeText(text, { source: 0, field: 'about' }), { platform });
  for (const found of hits) {
    expect(found.start).toBeGreaterThanOrEqual(0);
    expect(found.end).toBeLessThanOrEqual(text.length);
    expect(found.end).toBeGreaterThan(found.start);
    expect(found.reason.en.length).toBeGreaterThan(0);
    expect(found.reason.id.length).toBeGreaterThan(0);
  }
  return hits;
}

function categories(text: string, platform?: Platform): FlagCategory[] {
  return [...new Set(risks(text, platform).map((found) => found.category))].sort();
}

function excerpts(text: string, category: FlagCategory): string[] {
  return risks(text)
    .filter((found) => found.category === category)
    .map((found) => text.slice(found.start, found.end));
}

function only(text: string, category: FlagCategory): RiskHit {
  const hits = risks(text).filter((found) => found.category === category);
  expect(hits).toHaveLength(1);
  return hits[0];
}

describe('detectRisks: whole-token matching (Scunthorpe)', () => {
  it.each([
    'Middlesex University alumna, moved to Hancock county',
    'Grapefruit juice and Shell scripting',
    'Born in Scunthorpe; I assess risks from the cockpit as an analyst',
    'Cocktail menu, Dickens reader, class of 2019, passionate about assessment',
    'Saya suka babi guling? Bukan, saya vegetarian. Kelas bahasa Cina tiap Sabtu.',
  ])('"%s" is clean', (text) => {
    expect(risks(text)).toEqual([]);
  });
});

describe('detectRisks: profanity, insults and hate', () => {
  it('flags swearing as profanity: mild is info, vulgar is warning', () => {
    expect(only('shit, this deploy again', 'profanity').severity).toBe('info');
    expect(only('what the fuck is this build', 'profanity').severity).toBe('warning');
    expect(only('kampret, macet lagi', 'profanity').severity).toBe('info');
  });

  it('counts obfuscated spellings', () => {
    expect(categories('b4ngs4t')).toEqual(['profanity']);
    expect(categories('f*ck this')).toEqual(['profanity']);
    expect(categories('sh!t happens')).toEqual(['profanity']);
  });

  it('reads animal words as insults only when aimed at a person', () => {
    expect(risks('K9 handler: melatih anjing pelacak untuk bandara')).toEqual([]);
    expect(risks('anjing saya suka main di taman')).toEqual([]);
    expect(risks('Menu: sate babi, daging babi panggang')).toEqual([]);
    expect(only('dasar anjing lo', 'insult').severity).toBe('warning');
    expect(categories('anjing lu')).toEqual(['insult']);
    expect(categories('babi lu')).toEqual(['insult']);
    expect(categories('dasar babi')).toEqual(['insult']);
  });

  it('reads crude person insults as insults when aimed at someone, profanity otherwise', () => {
    expect(excerpts('Bos gue emang goblok, kerja lembur gak dibayar', 'insult')).toEqual(['goblok']);
    expect(categories('kamu tolol banget')).toEqual(['insult']);
    expect(categories('goblok, hujan lagi')).toEqual(['profanity']);
    expect(categories('you are an idiot')).toEqual(['insult']);
    expect(risks('that was a stupid bug in my parser')).toEqual([]);
  });

  it('reads an insult aimed at a person named by their role as an insult', () => {
    expect(excerpts('My manager is a total idiot', 'insult')).toEqual(['idiot']);
    expect(excerpts("Our client's such a moron about deadlines", 'insult')).toEqual(['moron']);
    expect(excerpts('HR itu emang goblok', 'insult')).toEqual(['goblok']);
    expect(excerpts('Atasan gue itu bener-bener bego', 'insult')).toEqual(['bego']);
    expect(categories('The colleague was really pathetic in the meeting')).toEqual(['insult']);
  });

  it('does not read an unkind word about a thing as an insult to the person nearby', () => {
    expect(risks('My manager said the first draft was a stupid idea')).toEqual([]);
    expect(risks('Our client is a total legend')).toEqual([]);
  });

  it('flags attacks on a group as hate, never naming one\'s own group', () => {
    expect(only('dasar kafir', 'hate').severity).toBe('critical');
    expect(categories('all muslims are terrorists')).toEqual(['hate']);
    expect(categories('cina babi')).toEqual(['hate']);
    expect(categories('go back to your country you dirty immigrants')).toContain('hate');
    expect(risks('Proud Muslim, Batak, Katolik, ibu dua anak')).toEqual([]);
    expect(risks('Chinese-Indonesian, fluent in Mandarin')).toEqual([]);
    expect(risks('I love Chinese food but hate the traffic')).toEqual([]);
    expect(categories('I hate all immigrants')).toEqual(['hate']);
    expect(categories('Saya benci orang Batak')).toEqual(['hate']);
  });
});

describe('detectRisks: violence', () => {
  it('flags threats aimed at someone', () => {
    expect(only('gue bunuh lo besok', 'violence').severity).toBe('critical');
    expect(categories('I will kill you')).toEqual(['violence']);
    expect(categories('i know where you live')).toEqual(['violence']);
  });

  it('flags payback threats, and threats at a third person after a threat cue', () => {
    expect(excerpts('They cheated us. I will make him pay.', 'violence')).toEqual(['make him pay']);
    expect(categories('You will pay for this')).toEqual(['violence']);
    expect(excerpts("I'm gonna hurt him", 'violence')).toEqual(['gonna hurt him']);
    expect(categories('I will hurt you')).toEqual(['violence']);
    expect(categories('gue hajar dia besok')).toEqual(['violence']);
    expect(categories('awas aja lo')).toEqual(['violence']);
    expect(categories('awas lo gue hajar')).toEqual(['violence']);
    expect(categories('gue bunuh lo')).toEqual(['violence']);
  });

  it('reads threat cues the same when they are looked up only once a violent verb appears', () => {
    // detectViolence finds threat cues lazily, at the first violent verb; cues without a verb, a verb
    // before its cue, or a cue in another sentence make no threat, as when they were found up front.
    expect(excerpts("I'm gonna be late", 'violence')).toEqual([]);
    expect(excerpts("Hurt him? I'm gonna sleep.", 'violence')).toEqual([]);
    expect(excerpts("I'm gonna rest. Then hurt him.", 'violence')).toEqual([]);
    expect(excerpts("I'm gonna rest. I'm gonna hurt him", 'violence')).toEqual(['gonna hurt him']);
    expect(excerpts("I'm gonna hurt him and then I'm gonna hurt her", 'violence')).toEqual(["gonna hurt him and then I'm gonna hurt her"]);
  });

  it('leaves ordinary uses alone', () => {
    expect(risks('We killed it at the hackathon and shot a demo video')).toEqual([]);
    expect(risks('kill the process and restart the worker')).toEqual([]);
    expect(risks('We make clients pay upfront for custom work')).toEqual([]);
    expect(risks('With the annual plan you will pay for shipping only once')).toEqual([]);
    expect(risks("I'll kill it at the demo tomorrow")).toEqual([]);
  });
});

describe('detectRisks: gambling', () => {
  it('flags promotion with a second signal', () => {
    expect(only('Info slot gacor hari ini, maxwin dijamin!!', 'gambling').severity).toBe('critical');
    expect(categories('Main di situs ini aja, kode referral DIMAS88 pasti jackpot')).toContain('gambling');
    expect(categories('judi online bikin cuan')).toEqual(['gambling']);
  });

  it('counts obfuscated spellings and disguised site names', () => {
    expect(categories('j*di online s1ot g4cor')).toEqual(['gambling']);
    expect(categories('j.u.d.i gampang menang')).toEqual(['gambling']);
    expect(categories('𝐌𝐄𝐆𝐀𝐁𝐄𝐓𝟗𝟗')).toEqual(['gambling']);
    expect(categories('AЕR𝐎𝟴𝟴 gua main dikit aja, saldo nambah')).toEqual(['gambling']);
    expect(categories('Terbaik B U K I T 8 8 8')).toEqual(['gambling']);
  });

  it('reads affixed Indonesian forms as the word inside them', () => {
    expect(categories('situsnya gacor banget, tergacor se-Asia')).toEqual(['gambling']);
    expect(excerpts('Bosnya emang goblok', 'insult')).toEqual(['goblok']);
    expect(categories('dasar anjingnya')).toEqual(['insult']);
    expect(risks('Terminal 3 Soekarno-Hatta, gate slot 12')).toEqual([]);
  });

  it('keeps "slot" in its everyday sense clean', () => {
    expect(risks('Booked a time slot for the interview')).toEqual([]);
    expect(risks('Slot interview masih ada jam 10, silakan daftar')).toEqual([]);
    expect(risks('No parking slot left near the office')).toEqual([]);
    expect(risks('Jackpot moment: our team won the hackathon')).toEqual([]);
  });

  it('does not flag people warning against gambling', () => {
    expect(risks('Stop judi online! Judol bikin bangkrut, jangan main judi')).toEqual([]);
  });

  it('does not read English words as calls to play', () => {
    expect(risks('My main focus at Alphabet was the deposit flow; join us, we win together')).toEqual([]);
  });

  it('does not read version names and years as site names', () => {
    expect(risks('Python3 and Web3 developer, Windows11 setup, COVID19 task force')).toEqual([]);
  });
});

describe('detectRisks: sexual, drugs, scam, misinformation, confidential', () => {
  it('flags each with its severity', () => {
    expect(only('open bo, cek dm', 'sexual').severity).toBe('warning');
    expect(only('jual sabu murah, cod', 'drugs').severity).toBe('warning');
    expect(only('modal 10rb jadi jutaan, dijamin', 'scam').severity).toBe('critical');
    expect(only('Sebarkan sebelum dihapus, obat ajaib sembuh total', 'misinformation').severity).toBe('warning');
    expect(only('Bocoran gaji kantor, internal only ya', 'confidential').severity).toBe('warning');
  });

  it('leaves the everyday cases clean', () => {
    expect(risks('Relawan kampanye anti narkoba, penyuluhan bahaya narkoba di sekolah')).toEqual([]);
    expect(risks('Hati-hati modus investasi bodong, waspada penipuan')).toEqual([]);
    expect(risks('Handled confidential payroll data for 900 employees')).toEqual([]);
    expect(risks('Passionate about sexual health education policy')).toEqual([]);
  });

  it('flags a confidential word next to a leak cue', () => {
    expect(categories('confidential: Q3 revenue 12.5 miliar, jangan bilang siapa-siapa')).toEqual(['confidential']);
  });
});

describe('detectRisks: personal data', () => {
  it('finds phone numbers in Indonesian and international form', () => {
    expect(excerpts('WA 0812-3456-7890 ya', 'personal_data')).toEqual(['0812-3456-7890']);
    expect(excerpts('call +62 812 3456 7890', 'personal_data')).toEqual(['+62 812 3456 7890']);
    expect(only('WA 081234567890', 'personal_data').severity).toBe('warning');
  });

  it('does not read money, years and ranges as phone numbers', () => {
    expect(risks('Gaji Rp 12.500.000, kerja 2019-2023, omzet 150000000')).toEqual([]);
  });

  it('finds NIK, bank account and card numbers as critical', () => {
    expect(only('NIK 3201234567890123', 'personal_data').severity).toBe('critical');
    expect(only('transfer ke rek BCA 1234567890 a/n Dimas', 'personal_data').severity).toBe('critical');
    expect(only('kartu 4111 1111 1111 1111', 'personal_data').severity).toBe('critical');
  });

  it('reads account numbers only next to a bank word, and card numbers by their checksum', () => {
    expect(only('no rek mandiri 1370012345678', 'personal_data').severity).toBe('critical');
    expect(only('kartu 4111-1111-1111-1111', 'personal_data').severity).toBe('critical');
    expect(only('amex 3782 822463 10005', 'personal_data').severity).toBe('critical');
    expect(risks('kartu 3782 822463 10006')).toEqual([]);
    expect(risks('order id 1370012345678')).toEqual([]);
  });

  it('finds street addresses', () => {
    expect(excerpts('Alamat rumah baru: Jl. Melati No. 12, RT 03/RW 05, Bekasi.', 'personal_data')).toEqual([
      'Jl. Melati No. 12, RT 03/RW 05',
    ]);
    expect(categories('Lagi jalan jalan ke mall')).toEqual([]);
  });

  it('treats an e-mail address as info, and as expected contact on LinkedIn', () => {
    expect(only('email me at dimas@gmail.com', 'personal_data').severity).toBe('info');
    expect(risks('email me at dimas@gmail.com', 'linkedin')).toEqual([]);
  });
});

describe('detectRisks: undisclosed sponsorship', () => {
  it('flags selling cues without a disclosure', () => {
    expect(excerpts('Rendang empuk! Cek keranjang kuning ya', 'undisclosed_sponsorship')).toEqual(['Cek keranjang kuning']);
    expect(categories('Use my code CITRA10 for 20% off, link in bio')).toEqual(['undisclosed_sponsorship']);
  });

  it('needs a selling cue: naming a tool in a tutorial is not selling', () => {
    expect(risks('Tutorial transisi halus pakai CapCut, template link di bio')).toEqual([]);
    expect(risks('How I edit reels in CapCut: full tutorial, link in bio')).toEqual([]);
    expect(risks('We use code review for every pull request')).toEqual([]);
    expect(risks('Check out my code on GitHub, link in bio')).toEqual([]);
    expect(categories('Serum favorit aku, link di bio')).toEqual(['undisclosed_sponsorship']);
    expect(categories('Sepatu lari ini enak banget, beli di Tokopedia')).toEqual(['undisclosed_sponsorship']);
    expect(categories('Pakai kode HEMAT biar dapat potongan')).toEqual(['undisclosed_sponsorship']);
    expect(categories('Kaos edisi terbatas, order sekarang')).toEqual(['undisclosed_sponsorship']);
  });

  it("reads the writer's own purchase as a story, not a call to buy", () => {
    expect(risks('Kemarin aku beli di toko sebelah, murah banget')).toEqual([]);
    expect(risks('gw udh beli di shopee kmrn, pengirimannya cepat')).toEqual([]);
    expect(risks('I order via Gojek every day')).toEqual([]);
    // A comma between the narrator word and the cue, or a seller's word before it, still sells.
    expect(categories('Ini produk saya, beli di Shopee ya')).toEqual(['undisclosed_sponsorship']);
    expect(categories('Stok hampir habis beli di Shopee')).toEqual(['undisclosed_sponsorship']);
    expect(categories('Yuk kita beli di Tokopedia, lagi promo')).toEqual(['undisclosed_sponsorship']);
  });

  it('accepts a disclosure anywhere in the same text', () => {
    expect(risks('Use my code CITRA10 for 20% off #ad')).toEqual([]);
    expect(risks('Diskon pakai kode DIMAS. #iklan')).toEqual([]);
    expect(risks('Paid partnership with Tokopedia. Link di bio')).toEqual([]);
    expect(risks('Kerja sama berbayar dengan Shopee, cek keranjang kuning')).toEqual([]);
    expect(risks('Skincare favorit, link in bio #sponsored')).toEqual([]);
  });
});

describe('detectRisks: merging and spans', () => {
  it('merges hits of one category in one sentence and keeps other sentences apart', () => {
    const text = 'Info slot gacor, maxwin, jackpot tiap hari. Situs togel terpercaya, bonus deposit!';
    const gambling = risks(text).filter((found) => found.category === 'gambling');
    expect(gambling).toHaveLength(2);
    expect(text.slice(gambling[0].start, gambling[0].end)).toBe('slot gacor, maxwin, jackpot');
  });

  it('points every hit at the original text, disguised letters included', () => {
    const text = 'Cek 𝐌𝐄𝐆𝐀𝐁𝐄𝐓𝟗𝟗 sekarang, WA 0812-3456-7890';
    expect(excerpts(text, 'gambling')).toEqual(['𝐌𝐄𝐆𝐀𝐁𝐄𝐓𝟗𝟗']);
    expect(excerpts(text, 'personal_data')).toEqual(['0812-3456-7890']);
  });

  it('finds nothing in empty, emoji-only and protected-only text', () => {
    expect(risks('')).toEqual([]);
    expect(risks('🔥🔥😂')).toEqual([]);
    expect(risks('Proud Muslim, wife and mother of two, 41 years young.')).toEqual([]);
  });

  it('finishes pathological inputs', () => {
    expect(risks('a'.repeat(100_000))).toEqual([]);
    expect(risks('!'.repeat(50_000))).toEqual([]);
    expect(risks('1'.repeat(50_000))).toEqual([]);
    expect(risks('a.'.repeat(30_000))).toEqual([]);
    expect(risks('аa'.repeat(25_000))).toEqual([]);
    expect(risks('1 '.repeat(50_000))).toEqual([]);
    expect(risks('a*'.repeat(50_000))).toEqual([]);
    expect(risks('A '.repeat(50_000))).toEqual([]);
    const phones = risks('WA 0812-3456-7890. '.repeat(1_000));
    expect(phones).toHaveLength(1_000);
    // Only an everyday word ("slot") with no promoting clause: finishes, and raises nothing.
    expect(risks('slot '.repeat(10_000))).toHaveLength(0);
  });

  it('handles a 20,000-character field', () => {
    const post = 'Ran payroll for 900 employees. Bos gue emang goblok. ';
    const text = post.repeat(Math.ceil(20_000 / post.length)).slice(0, 20_000);
    const insults = risks(text).filter((found) => found.category === 'insult');
    expect(insults.length).toBeGreaterThan(300);
    expect(insults.every((found) => text.slice(found.start, found.end) === 'goblok')).toBe(true);
  });
});
