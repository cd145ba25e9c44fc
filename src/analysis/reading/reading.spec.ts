import { readRiskText } from '../risk';
import { analyzeText } from '../text/analyze';
import { clauseAt, inferRole, insideQuote, readText } from './index';
import { findQuotes } from './quotes';

function read(text: string) {
  const analyzed = analyzeText(text, { source: 0, field: 'posts[0]' });
  const { units } = readRiskText(analyzed);
  return readText(analyzed, units);
}

function roleOf(headline: string, about = '') {
  const texts = [
    { kind: 'headline' as const, field: 'headline', value: headline },
    { kind: 'about' as const, field: 'about', value: about },
  ].filter((text) => text.value !== '');
  return inferRole(
    texts.map((text) => ({
      kind: text.kind,
      source: 0,
      field: text.field,
      original: text.value,
      units: readRiskText(analyzeText(text.value, { source: 0, field: text.field })).units,
    })),
  );
}

describe('reading: frames per clause', () => {
  it('reads warnings, reports, lessons and promotion in both languages', () => {
    expect(read('Hati-hati dengan tawaran kerja yang minta uang pendaftaran.').clauses[0].frame).toBe('warn');
    expect(read('Beware of recruiters who ask for a training fee.').clauses[0].frame).toBe('warn');
    expect(read('Kepolisian menangkap lima tersangka di pelabuhan kemarin.').clauses[0].frame).toBe('report');
    expect(read('The court sentenced the defendant to four years.').clauses[0].frame).toBe('report');
    expect(read('Materi penyuluhan: mengenali tanda kecanduan pada remaja.').clauses[0].frame).toBe('teach');
    const promo = read('Buruan daftar sekarang, bonus untuk member baru!').clauses[0];
    expect(promo.frame).toBe('promote');
    expect(promo.promotes).toBe(true);
    expect(read('Sign up now with my link in bio.').clauses[0].promotes).toBe(true);
  });

  it('lends the text its stance when a sentence has no cue, unless the text promotes', () => {
    const lesson = read('Waspada arisan bodong. Untungnya 30% sebulan. Pesertanya harus mengajak teman.');
    expect(lesson.stance).toBe('warn');
    expect(lesson.clauses.map((clause) => clause.frame)).toEqual(['warn', 'warn', 'warn']);
    const selling = read('Jangan lupa daftar hari ini. Untungnya 30% sebulan.');
    expect(selling.clauses[1].frame).toBe('plain');
  });

  it('finds who a clause speaks to or about', () => {
    expect(read('Lo bakal nyesel.').clauses[0].target).toBe('reader');
    expect(read('You will regret it.').clauses[0].target).toBe('reader');
    expect(read('Rekan kerja saya datang terlambat lagi.').clauses[0].target).toBe('person');
    expect(read('Thanks @dina_r for the review.').clauses[0].target).toBe('person');
    expect(read('Saya baru menyelesaikan sertifikasi.').clauses[0].target).toBe('self');
    expect(read('Cuaca cerah hari ini.').clauses[0].target).toBe('none');
  });

  it('ignores frame cues inside quotation marks', () => {
    const reading = read('Mereka menulis "daftar sekarang" di setiap komentar, itu modus lama.');
    expect(reading.clauses[0].promotes).toBe(false);
  });

  it('finds a clause by offset and keeps UTF-16 offsets for its cue', () => {
    const text = 'Halo 👋 semua. Hati-hati modus baru.';
    const reading = read(text);
    const clause = clauseAt(reading, text.indexOf('modus'));
    expect(clause?.frame).toBe('warn');
    expect(text.slice(clause?.cue?.start, clause?.cue?.end).toLowerCase()).toBe('hati-hati');
  });
});

describe('reading: quotation marks', () => {
  it('pairs straight and curly quotes and leaves apostrophes alone', () => {
    const text = `She said "you're hopeless" and I didn't answer; the note read ‘call me’.`;
    const quotes = findQuotes(text);
    expect(quotes.map((quote) => text.slice(quote.start, quote.end))).toEqual(['"you\'re hopeless"', '‘call me’']);
    expect(insideQuote(quotes, text.indexOf('hopeless'), text.indexOf('hopeless') + 8)).toBe(true);
    expect(insideQuote(quotes, text.indexOf('answer'), text.indexOf('answer') + 6)).toBe(false);
  });

  it('is linear: a long text of unmatched marks finishes', () => {
    expect(findQuotes(`"a ${'x '.repeat(50_000)}`)).toEqual([]);
  });
});

describe('reading: the role a person presents', () => {
  it('reads roles and fields from headlines in both languages, with evidence', () => {
    const pharmacist = roleOf('Apoteker Klinis di RS Harapan');
    expect(pharmacist?.role).toBe('pharmacist');
    expect(pharmacist?.domains).toContain('drugs');
    expect(pharmacist?.evidence[0]).toMatchObject({ source: 0, field: 'headline', start: 0, end: 8 });
    expect(roleOf('Senior Security Engineer | Red Team')?.role).toBe('security');
    expect(roleOf('Jurnalis data di media daring')?.role).toBe('journalist');
    expect(roleOf('Compliance Officer, AML')?.role).toBe('compliance');
    expect(roleOf('Bidan desa')?.domains).toContain('sexual');
    expect(roleOf('Game Designer at an indie studio')?.domains).toContain('violence');
    expect(roleOf('Bartender & mixologist')?.domains).toContain('drugs');
  });

  it('falls back to the about text, and finds no role in a plain headline', () => {
    expect(roleOf('Lulusan baru', 'Saya perawat di ruang IGD sejak 2023.')?.role).toBe('nurse');
    expect(roleOf('Frontend developer (React)')).toBeUndefined();
  });
});

describe('reading: negation scopes', () => {
  function negated(text: string): string[] {
    return read(text).negations.map((scope) => text.slice(scope.start, scope.end));
  }

  it('covers the words after a negation up to a clause break or a contrast, in both languages', () => {
    expect(negated('She is not a fool, she is careful.')).toEqual(['a fool']);
    expect(negated('Dia bukan orang malas tapi lelah.')).toEqual(['orang malas']);
    expect(negated("We didn't ship it on Friday because QA found a bug")).toEqual(['ship it on Friday']);
    expect(negated('Saya tidak pernah terlambat rapat; itu fitnah.')).toEqual(['pernah terlambat rapat']);
  });

  it('reaches a bounded number of words and stops at the sentence end', () => {
    expect(negated('I never said that the plan for next quarter was weak. It was late.')).toEqual(['said that the plan for next quarter was']);
  });

  it('reads "not only" and "bukan cuma" as additive, not as negation', () => {
    expect(negated('Not only fast but careful.')).toEqual([]);
    expect(negated('Bukan cuma cepat, juga teliti.')).toEqual([]);
  });
});

describe('reading: professional title abbreviations', () => {
  it('reads a title before a name or as a suffix after a comma, in headlines and display names', () => {
    expect(roleOf('apt. Rahmawati Kusuma, S.Farm.')?.role).toBe('pharmacist');
    expect(roleOf('Ns. Yohanes Sitorus | Emergency department')?.role).toBe('nurse');
    expect(roleOf('Yohanes Sitorus, S.Kep., Ns.')?.role).toBe('nurse');
    expect(roleOf('Bd. Lestari Wulandari')?.role).toBe('midwife');
    expect(roleOf('dr. Arif Nugroho, Sp.PD')?.role).toBe('doctor');
    expect(roleOf('drg. Melati Anggraini')?.role).toBe('doctor');
    const title = roleOf('Klinik Sehat | Ns. Yohanes')?.evidence[0];
    expect(title).toMatchObject({ start: 15, end: 17 });
  });

  it('does not read the letters of a title in running text or with another case', () => {
    expect(roleOf('Backend engineer: p99 latency of 40 ns. Rust and Go.')).toBeUndefined();
    expect(roleOf('Learns fast and is apt. Enjoys teamwork.')).toBeUndefined();
    expect(roleOf('Dr. Wulan Sari, M.Kom | Data engineering')).toBeUndefined();
  });
});
