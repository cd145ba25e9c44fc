import { analyzeText } from './analyze';
import type { AnalyzedText, Token } from './types';

const ref = { source: 0, field: 'about' };

function analyze(text: string): AnalyzedText {
  return analyzeText(text, ref);
}

function norms(text: string): string[] {
  return analyze(text).tokens.map((token) => token.norm);
}

function wordNorms(text: string): string[] {
  return analyze(text)
    .tokens.filter((token) => token.kind === 'word')
    .map((token) => token.norm);
}

function tokenFor(text: string, excerpt: string): Token {
  const analyzed = analyze(text);
  const token = analyzed.tokens.find((t) => text.slice(t.start, t.end) === excerpt);
  if (token === undefined) throw new Error(`no token "${excerpt}" in ${JSON.stringify(analyzed.tokens)}`);
  return token;
}

function expectOffsetsValid(analyzed: AnalyzedText): void {
  let previousEnd = 0;
  for (const token of analyzed.tokens) {
    expect(token.start).toBeGreaterThanOrEqual(previousEnd);
    expect(token.end).toBeGreaterThan(token.start);
    expect(token.end).toBeLessThanOrEqual(analyzed.original.length);
    previousEnd = token.end;
  }
  for (const span of [...analyzed.sentences, ...analyzed.protectedSpans]) {
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeLessThanOrEqual(analyzed.original.length);
    expect(span.end).toBeGreaterThan(span.start);
  }
}

describe('analyzeText tokens', () => {
  it('splits words, numbers, emoji, URLs, e-mail, mentions, hashtags and punctuation', () => {
    const text = "Hi @andi_w! See github.com/andi or https://citra.id/x, mail andi@kantor.co.id #iklan 2024 😂 don't stop.";
    const kinds = analyze(text).tokens.map((token) => `${token.kind}:${text.slice(token.start, token.end)}`);
    expect(kinds).toEqual([
      'word:Hi',
      'mention:@andi_w',
      'punct:!',
      'word:See',
      'url:github.com/andi',
      'word:or',
      'url:https://citra.id/x',
      'punct:,',
      'word:mail',
      'email:andi@kantor.co.id',
      'hashtag:#iklan',
      'number:2024',
      'emoji:😂',
      "word:don't",
      'word:stop',
      'punct:.',
    ]);
  });

  it('keeps internal hyphens and apostrophes, groups digits with separators into one number', () => {
    expect(norms('anak-anak follow-up 0812-3456-7890 1.000.000 3,5')).toEqual([
      'anak-anak',
      'follow-up',
      '0812-3456-7890',
      '1.000.000',
      '3,5',
    ]);
  });

  it('keeps emoji sequences (skin tone, flags, ZWJ families) as one token each', () => {
    const analyzed = analyze('👍🏽🇮🇩👨‍👩‍👧');
    expect(analyzed.tokens.map((token) => token.kind)).toEqual(['emoji', 'emoji', 'emoji']);
    expect(analyzed.tokens.map((token) => analyzed.original.slice(token.start, token.end))).toEqual(['👍🏽', '🇮🇩', '👨‍👩‍👧']);
  });

  it('maps every token, sentence and protected span back to the original text', () => {
    const text = '𝐌𝐄𝐆𝐀𝐁𝐄𝐓𝟗𝟗 gacor!! Proud Muslim, 41 years young. 😂 j.u.d.i | f*ck';
    const analyzed = analyze(text);
    expectOffsetsValid(analyzed);
    expect(text.slice(tokenFor(text, '𝐌𝐄𝐆𝐀𝐁𝐄𝐓𝟗𝟗').start, tokenFor(text, '𝐌𝐄𝐆𝐀𝐁𝐄𝐓𝟗𝟗').end)).toBe('𝐌𝐄𝐆𝐀𝐁𝐄𝐓𝟗𝟗');
    expect(tokenFor(text, 'j.u.d.i').norm).toBe('judi');
  });
});

describe('analyzeText normalisation', () => {
  it('folds mathematical, fullwidth and circled letters with NFKC', () => {
    expect(tokenFor('𝐌𝐄𝐆𝐀𝐁𝐄𝐓𝟗𝟗', '𝐌𝐄𝐆𝐀𝐁𝐄𝐓𝟗𝟗')).toMatchObject({ norm: 'megabet99', obfuscated: true });
    expect(tokenFor('ＳＬＯＴ', 'ＳＬＯＴ')).toMatchObject({ norm: 'slot', obfuscated: true });
    expect(tokenFor('ⓙⓤⓓⓘ', 'ⓙⓤⓓⓘ')).toMatchObject({ norm: 'judi', obfuscated: true });
  });

  it('folds Cyrillic and Greek look-alikes and small capitals inside Latin words', () => {
    expect(tokenFor('AЕRО88', 'AЕRО88')).toMatchObject({ norm: 'aero88', obfuscated: true });
    expect(tokenFor('gаcor', 'gаcor')).toMatchObject({ norm: 'gacor', obfuscated: true });
    expect(tokenFor('ѕlοt', 'ѕlοt')).toMatchObject({ norm: 'slot', obfuscated: true });
    expect(tokenFor('ꜱʟᴏᴛ', 'ꜱʟᴏᴛ')).toMatchObject({ norm: 'slot', obfuscated: true });
  });

  it('folds negative squared letters and strips combining marks used as decoration', () => {
    expect(tokenFor('🅿️🆄🅻🅰️🆄777', '🅿️🆄🅻🅰️🆄777').norm).toBe('pulau777');
    expect(tokenFor('g͎a͎c͎o͎r͎', 'g͎a͎c͎o͎r͎')).toMatchObject({ norm: 'gacor', obfuscated: true });
  });

  it('leaves a real Cyrillic word in its own script', () => {
    expect(tokenFor('привет', 'привет')).toMatchObject({ norm: 'привет', obfuscated: false });
  });

  it('undoes leetspeak only where the reading is a known word', () => {
    expect(tokenFor('s1ot', 's1ot')).toMatchObject({ norm: 'slot', obfuscated: true });
    expect(tokenFor('g4cor', 'g4cor')).toMatchObject({ norm: 'gacor', obfuscated: true });
    expect(tokenFor('b4ngs4t', 'b4ngs4t')).toMatchObject({ norm: 'bangsat', obfuscated: true });
    expect(tokenFor('$lot', '$lot')).toMatchObject({ norm: 'slot', obfuscated: true });
    expect(tokenFor('b@ngsat', 'b@ngsat')).toMatchObject({ norm: 'bangsat', obfuscated: true });
    expect(tokenFor('sh!t', 'sh!t')).toMatchObject({ norm: 'shit', obfuscated: true });
    expect(tokenFor('m4xw1n', 'm4xw1n').norm).toBe('maxwin');
    expect(tokenFor('web3', 'web3')).toMatchObject({ norm: 'web3', obfuscated: false });
    expect(tokenFor('covid19', 'covid19')).toMatchObject({ norm: 'covid19', obfuscated: false });
  });

  it('joins masked spellings', () => {
    expect(tokenFor('f*ck', 'f*ck')).toMatchObject({ norm: 'fuck', obfuscated: true });
    expect(tokenFor('j*di', 'j*di')).toMatchObject({ norm: 'judi', obfuscated: true });
    expect(tokenFor('j.u.d.i', 'j.u.d.i')).toMatchObject({ norm: 'judi', obfuscated: true });
    expect(tokenFor('s-l-o-t', 's-l-o-t')).toMatchObject({ norm: 'slot', obfuscated: true });
  });

  it('keeps an unresolvable mask and reads currency amounts as numbers', () => {
    expect(tokenFor('zx*qw', 'zx*qw')).toMatchObject({ kind: 'word', norm: 'zx*qw', obfuscated: false });
    expect(tokenFor('$100', '$100')).toMatchObject({ kind: 'number', norm: '$100' });
    expect(tokenFor('Rp10.000', 'Rp10.000')).toMatchObject({ kind: 'number', norm: 'rp10.000' });
    expect(tokenFor('10rb', '10rb')).toMatchObject({ kind: 'number', norm: '10rb' });
  });

  it('squeezes letter runs to the known one- or two-letter form', () => {
    expect(wordNorms('bangeeet goooood tingggiii sooo')).toEqual(['banget', 'good', 'tinggi', 'so']);
  });

  it('maps Indonesian slang and abbreviations', () => {
    expect(wordNorms('gk gak ga nggak tdk bgt yg dgn gue gw lo lu wkwkwk anjir anjay')).toEqual([
      'tidak',
      'tidak',
      'tidak',
      'tidak',
      'tidak',
      'banget',
      'yang',
      'dengan',
      'saya',
      'saya',
      'kamu',
      'kamu',
      'haha',
      'astaga',
      'astaga',
    ]);
    expect(tokenFor('gakkk', 'gakkk').norm).toBe('tidak');
  });

  it('keeps English words that look like Indonesian slang in English text', () => {
    expect(wordNorms('Dr. Smith runs 5 km before work at a nonprofit org')).toEqual(
      expect.arrayContaining(['dr', 'km', 'org']),
    );
    expect(wordNorms('km udah makan blm? gw lg di jalan')).toEqual(['kamu', 'sudah', 'makan', 'belum', 'saya', 'lagi', 'di', 'jalan']);
  });

  it('does not mark ordinary accented or lower-case words as obfuscated', () => {
    expect(tokenFor('café', 'café')).toMatchObject({ norm: 'cafe', obfuscated: false });
    expect(tokenFor('Hello', 'Hello')).toMatchObject({ norm: 'hello', obfuscated: false });
  });
});

describe('analyzeText language', () => {
  it.each([
    ['Led the migration of a payment ledger to event sourcing and mentored the team.', 'en'],
    ['Berpengalaman 5 tahun di bidang administrasi perkantoran dan keuangan.', 'id'],
    ['Males bgt besok ngantor, gak ada yg bisa diajak kerja sama', 'id'],
    ['lagi hunting job as data analyst', 'mixed'],
    ['Lagi hunting job nih, ada yang butuh backend engineer? DM aja ya', 'mixed'],
    ['Rendang Padang', 'other'],
    ['😂😂🔥', 'other'],
    ['', 'other'],
  ])('%s -> %s', (text, language) => {
    expect(analyze(text).language).toBe(language);
  });
});

describe('analyzeText sentences', () => {
  it('splits on . ! ? and line breaks, and on | and bullets without keeping them', () => {
    const text = 'HR Generalist | Payroll • Relations\nSatu. Dua!! Tiga? Jl. Melati No. 12';
    const sentences = analyze(text).sentences.map((span) => text.slice(span.start, span.end));
    expect(sentences).toEqual(['HR Generalist', 'Payroll', 'Relations', 'Satu.', 'Dua!!', 'Tiga?', 'Jl. Melati No. 12']);
  });
});

describe('analyzeText protected characteristics', () => {
  const fairnessA =
    'HR generalist with 6 years in manufacturing. Ran payroll for 900 employees and cut onboarding time from 10 days to 4. Proud Muslim, wife and mother of two, 41 years young.';
  const fairnessB =
    'HR generalist with 6 years in manufacturing. Ran payroll for 900 employees and cut onboarding time from 10 days to 4.';

  function scoring(text: string): string[] {
    return analyze(text).scoringTokens.map((token) => `${token.kind}:${token.norm}`);
  }

  it('gives the fairness pair identical scoring tokens', () => {
    expect(scoring(fairnessA)).toEqual(scoring(fairnessB));
    expect(scoring('HR Generalist | Payroll & Employee Relations')).toEqual(scoring('HR Generalist | Payroll & Employee Relations'));
  });

  it('protects the whole self-description sentence, punctuation included', () => {
    const analyzed = analyze(fairnessA);
    const start = fairnessA.indexOf('Proud');
    const covered = analyzed.protectedSpans.filter((span) => span.start >= start);
    expect(covered[0].start).toBe(start);
    expect(covered[covered.length - 1].end).toBe(fairnessA.length);
    expect(new Set(covered.map((span) => span.kind))).toEqual(new Set(['religion', 'family', 'age']));
    expect(analyzed.tokens.filter((token) => token.protected).map((token) => token.norm)).toContain('muslim');
  });

  it.each([
    'Ibu dua anak, umur 45.',
    'Saya seorang Katolik.',
    'Batak',
    'Sedang hamil anak pertama.',
    'Difabel dan bangga.',
    'Muslim, mother of two, 45',
  ])('protects "%s" entirely', (text) => {
    const analyzed = analyze(text);
    expect(analyzed.scoringTokens.filter((token) => token.kind !== 'punct')).toEqual([]);
  });

  it('keeps job content and the role words of a borderline clause', () => {
    expect(analyze('HR generalist with 6 years in manufacturing.').protectedSpans).toEqual([]);
    const meetup = analyze('Women in tech meetup organiser');
    expect(meetup.scoringTokens.map((token) => token.norm)).toEqual(['women', 'in', 'tech', 'meetup', 'organiser']);
  });

  it('protects a religion word inside a job line but keeps the job words', () => {
    const analyzed = analyze('Muslim software engineer at a fintech');
    expect(analyzed.scoringTokens.map((token) => token.norm)).toEqual(['software', 'engineer', 'at', 'a', 'fintech']);
  });

  it('protects an age beside a self-description, pronouns, and a family clause before a role', () => {
    expect(scoring('Muslimah, 29 tahun, tinggal di Bandung')).toEqual(scoring('tinggal di Bandung'));
    expect(scoring('Data scientist (she/her)')).toEqual(['word:data', 'word:scientist', 'punct:(', 'punct:)']);
    expect(scoring("I'm a proud dad of twins and a backend engineer")).toEqual(['word:a', 'word:backend', 'word:engineer']);
  });

  it('removes a protected headline part together with its separator', () => {
    expect(scoring('Data Analyst | Katolik')).toEqual(scoring('Data Analyst'));
  });

  it('does not treat an attack on a group as a self-description', () => {
    expect(analyze('all muslims are terrorists').protectedSpans).toEqual([]);
    expect(analyze('dasar kafir').protectedSpans).toEqual([]);
  });
});

describe('analyzeText edge cases', () => {
  it('handles empty and near-empty text', () => {
    expect(analyze('')).toMatchObject({ tokens: [], scoringTokens: [], sentences: [], protectedSpans: [], language: 'other' });
    expect(analyze('   \n ')).toMatchObject({ tokens: [], sentences: [] });
    expect(norms('a')).toEqual(['a']);
    expect(norms('.')).toEqual(['.']);
  });

  it('handles emoji-only text', () => {
    const analyzed = analyze('🔥🔥🔥');
    expect(analyzed.tokens.map((token) => token.kind)).toEqual(['emoji', 'emoji', 'emoji']);
    expect(analyzed.language).toBe('other');
  });

  it('handles a 20,000-character field', () => {
    const sentence = 'Led the data team and cut report time by 40%. ';
    const text = sentence.repeat(Math.ceil(20_000 / sentence.length)).slice(0, 20_000);
    const analyzed = analyze(text);
    expectOffsetsValid(analyzed);
    expect(analyzed.language).toBe('en');
    expect(analyzed.sentences.length).toBeGreaterThan(400);
  });

  it('finishes pathological inputs with the right answer', () => {
    const letters = analyze('a'.repeat(100_000));
    expect(letters.tokens).toHaveLength(1);
    expect(letters.tokens[0]).toMatchObject({ kind: 'word', start: 0, end: 100_000 });

    const bangs = analyze('!'.repeat(50_000));
    expect(bangs.tokens).toHaveLength(1);
    expect(bangs.tokens[0]).toMatchObject({ kind: 'punct', start: 0, end: 50_000 });
    expect(bangs.sentences).toEqual([{ start: 0, end: 50_000 }]);

    const digits = analyze('7'.repeat(50_000));
    expect(digits.tokens).toHaveLength(1);
    expect(digits.tokens[0]).toMatchObject({ kind: 'number', end: 50_000 });

    const dotted = analyze('a.'.repeat(30_000));
    expect(dotted.tokens).toHaveLength(60_000);
    // A full stop glued to the next word ("S.Kom", "Ph.D") is inside a word: one sentence.
    expect(dotted.sentences).toHaveLength(1);
    expect(analyze('a. '.repeat(30_000)).sentences).toHaveLength(30_000);

    const homoglyphs = analyze('аa'.repeat(25_000));
    expect(homoglyphs.tokens).toHaveLength(1);
    expect(homoglyphs.tokens[0]).toMatchObject({ kind: 'word', obfuscated: true, end: 50_000 });
  });

  it('is deterministic', () => {
    const text = 'Proud Muslim | s1ot g4cor 𝐌𝐄𝐆𝐀𝐁𝐄𝐓𝟗𝟗 wkwk, lagi hunting job.';
    expect(JSON.stringify(analyze(text))).toBe(JSON.stringify(analyze(text)));
  });
});
