import { analyzeText } from './analyze';
import type { AnalyzedText } from './types';

function analyze(text: string): AnalyzedText {
  return analyzeText(text, { source: 0, field: 'about' });
}

/** The protected parts of the text, as written. */
function protectedParts(text: string): string[] {
  return analyze(text).protectedSpans.map((span) => text.slice(span.start, span.end));
}

/** The scoring words and numbers, as written (punctuation left out). */
function scoringWords(text: string): string[] {
  return analyze(text)
    .scoringTokens.filter((token) => token.kind !== 'punct')
    .map((token) => text.slice(token.start, token.end));
}

describe('findProtectedSpans: what is not a self-description', () => {
  it.each([
    // Mentions of family members.
    'My dad taught me to fix bikes on Sundays',
    'Dinner with my wife tonight, best pasta ever',
    'Istri saya jago masak rendang',
    'Ibu saya pensiunan guru SD',
    'Call your mother, she misses you',
    'The kids loved the science fair',
    'Our son starts school next week!',
    // "man" and "girl" as exclamations or forms of address.
    'Man, this deploy took forever',
    'Oh man! What a sprint',
    'Girl, you nailed that talk',
    // Parties as events.
    'Great party with the team after the launch',
    'Office party tonight!',
    // Religious expressions of gratitude or hope.
    'alhamdulillah senang sekali',
    'Alhamdulillah, lolos interview!',
    'Thank God the build passed',
    'Insyaallah besok rilis',
    // Places of worship.
    'Volunteered at the church food bank',
  ])('"%s" keeps every token for scoring', (text) => {
    expect(protectedParts(text)).toEqual([]);
  });

  it('keeps a sentence that only happens to hold an ambiguous word', () => {
    expect(protectedParts('I love building dashboards, man')).toEqual([]);
    expect(protectedParts("I'm the happiest girl at the hackathon")).toEqual([]);
    expect(protectedParts('Single page apps in React and Vue')).toEqual([]);
  });

  it('does not read list numbers or years of experience as ages', () => {
    expect(protectedParts('Two reasons: 1) speed; 2) cost')).toEqual([]);
    expect(protectedParts('Saya 5 tahun di Gojek sebagai engineer')).toEqual([]);
    expect(protectedParts('HR generalist with 6 years in manufacturing.')).toEqual([]);
  });

  it('keeps a count of things beside a group or language name: it describes a data set, not the writer', () => {
    const english = 'New open dataset: 18,000 Javanese and Sundanese comments labelled for hate speech.';
    expect(scoringWords(english)).toContain('18,000');
    const indonesian = 'Kami melabeli 12.500 komentar Batak dan Minang untuk riset.';
    expect(scoringWords(indonesian)).toContain('12.500');
  });
});

describe('findProtectedSpans: self-descriptions', () => {
  it.each([
    'Proud Muslim, wife and mother of two, 41 years young.',
    'ibu dua anak',
    'saya seorang Katolik',
    'umur 45',
    'hamil 6 bulan',
    "I'm 45.",
    'I am a mother of three.',
    'Saya sudah menikah.',
    'I have ADHD.',
    'Orang Batak asli.',
    'Kader partai Golkar.',
    'Married. Father of two.',
    'Perempuan, 27',
  ])('protects "%s" entirely', (text) => {
    expect(scoringWords(text)).toEqual([]);
  });

  it('protects a first-person statement inside a longer clause and keeps the rest', () => {
    const text = "I'm a Muslim who loves data pipelines";
    expect(protectedParts(text)).toEqual(["I'm a Muslim"]);
    expect(scoringWords(text)).toEqual(['who', 'loves', 'data', 'pipelines']);
  });

  it('protects "as a mother" and keeps what the writer does', () => {
    expect(scoringWords('As a mother of two, I plan sprints carefully')).toEqual(['I', 'plan', 'sprints', 'carefully']);
  });

  it('protects weak labels only beside a self-description', () => {
    expect(scoringWords('Wife. Catholic. Engineer at a bank.')).toEqual(['Engineer', 'at', 'a', 'bank']);
    expect(protectedParts('Wife of the year award goes to the product team')).toEqual([]);
  });

  it('gives a profile with and without a self-description identical scoring tokens', () => {
    const role = 'Backend engineer at a logistics startup. Cut p95 latency from 900 ms to 120 ms.';
    const norms = (text: string) => analyze(text).scoringTokens.map((token) => `${token.kind}:${token.norm}`);
    expect(norms(`${role} Bapak tiga anak, umur 52, Kristen.`)).toEqual(norms(role));
    expect(norms(`${role} Proud dad of twins and a happily married man.`)).toEqual(norms(role));
  });

  it('does not protect an attack on a group', () => {
    expect(protectedParts('orang Batak itu sampah')).toEqual([]);
  });
});

describe('findProtectedSpans: affiliation with a party or a faith', () => {
  it.each([
    ['I vote for the Green Party', ['I vote for the Green Party']],
    ['I am a lifelong member of the Labour Party.', ['I am a lifelong member of the Labour Party.']],
    ['Proud Liberal Party member since 2012', ['Proud Liberal Party member']],
    ['I attend mosque, then I code.', ['I attend mosque,']],
    ['We attend church as a family', ['We attend church']],
    ['saya anggota partai buruh sejak 2015', ['saya anggota partai buruh']],
    ['Pendukung partai hijau sejak 2019', ['Pendukung partai hijau']],
    ['Saya rutin beribadah di gereja.', ['Saya rutin beribadah di gereja.']],
    ['Saya penyandang disabilitas rungu.', ['Saya penyandang disabilitas rungu.']],
    ['Ibu dari dua anak.', ['Ibu dari dua anak.']],
    // About others: only the party's name, as before, not the cadres.
    ['Kader partai demokrat masih ada yang begitu', ['demokrat']],
  ])('protects "%s"', (text, expected) => {
    expect(protectedParts(text)).toEqual(expected);
  });

  it.each([
    'Member of the Green Building Council',
    'Led the church renovation budget and green energy projects',
    'Masjid dekat kantor sedang direnovasi',
    'Orang Jawa itu pemalas semua',
  ])('leaves "%s" alone', (text) => {
    expect(protectedParts(text)).toEqual([]);
  });
});

describe('findProtectedSpans: pathological input', () => {
  it('finishes long runs of self-description words with the right answer', () => {
    expect(scoringWords('Proud Muslim, wife and mother of two, 41 years young. '.repeat(2_000))).toEqual([]);
    expect(protectedParts("I'm a proud ".repeat(10_000))).toEqual([]);
    expect(protectedParts('45, '.repeat(20_000))).toEqual([]);
    expect(protectedParts('my dad '.repeat(20_000))).toEqual([]);
  });
});
