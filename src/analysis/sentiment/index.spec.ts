import { analyzeText } from '../text/analyze';
import type { AnalyzedText } from '../text/types';
import { hasSentimentWord, scoreSentiment, labelForScore } from './index';
import { normalise, scoreBothReadings, scoreWithLexicon } from './lexicon-scorer';
import modelFile from './model/id-sentiment.json';
import vader from './lexicons/en-vader.json';
import modifiers from './lexicons/modifiers.json';
import idPolarity from './lexicons/id-polarity.json';
import identityTerms from './lexicons/identity-terms.json';

const REF = { source: 0, field: 'posts[0]' };
const analyze = (text: string): AnalyzedText => analyzeText(text, REF);
const sentiment = (text: string) => scoreSentiment(analyze(text));
/** An analysed text with its language forced, to reach one scorer directly. */
const inLanguage = (text: string, language: AnalyzedText['language']): AnalyzedText => ({ ...analyze(text), language });

describe('scoreBothReadings', () => {
  it('scores both readings exactly as two separate lexicon passes do', () => {
    const texts = [
      'Saya sangat senang, tapi not happy with the delay :(',
      'Pelayanan luar biasa!! GREAT team, tidak buruk sama sekali',
      'kind of good but sakit hati banget 😂',
    ];
    for (const text of texts) {
      const analyzed = inLanguage(text, 'mixed');
      const readings = scoreBothReadings(analyzed);
      expect(readings.english).toEqual(scoreWithLexicon(analyzed));
      const indonesian = scoreWithLexicon(analyzed, { indonesianWords: true });
      expect(readings.indonesian()).toEqual(indonesian);
      expect(readings.indonesian()).toEqual(indonesian);
    }
  });
});

describe('labelForScore', () => {
  it('uses the VADER thresholds', () => {
    expect(labelForScore(0.05)).toBe('positive');
    expect(labelForScore(0.0499)).toBe('neutral');
    expect(labelForScore(-0.0499)).toBe('neutral');
    expect(labelForScore(-0.05)).toBe('negative');
  });
});

describe('normalise', () => {
  it('maps a raw sum to score/sqrt(score^2+15)', () => {
    expect(normalise(0)).toBe(0);
    expect(normalise(1.9)).toBeCloseTo(1.9 / Math.sqrt(1.9 * 1.9 + 15), 10);
    expect(normalise(-1000)).toBeGreaterThanOrEqual(-1);
  });
});

describe('English scorer (VADER rules)', () => {
  it('scores a lexicon word like VADER: "good" alone is 0.4404', () => {
    expect(sentiment('The food is good').score).toBeCloseTo(0.4404, 4);
    expect(sentiment('The food is good').label).toBe('positive');
  });

  it('flips and dampens a negated word ("not", "never", "n\'t", "tidak")', () => {
    expect(sentiment('The food is not good').score).toBeCloseTo(normalise(1.9 * -0.74), 4);
    expect(sentiment('The food is never good').label).toBe('negative');
    expect(sentiment("The food isn't good").label).toBe('negative');
    expect(scoreWithLexicon(inLanguage('saya tidak happy', 'en')).compound).toBeLessThan(0);
  });

  it('negates up to three words back but not across a sentence end', () => {
    expect(sentiment('I am not really that happy').label).toBe('negative');
    expect(sentiment('I did not go. Happy now.').label).toBe('positive');
  });

  it('boosts with intensifiers and dampens with hedges', () => {
    const plain = sentiment('The food is good').score;
    expect(sentiment('The food is very good').score).toBeGreaterThan(plain);
    expect(sentiment('The food is extremely good').score).toBeGreaterThan(plain);
    expect(sentiment('The food is slightly good').score).toBeLessThan(plain);
    expect(sentiment('The food is kind of good').score).toBeLessThan(plain);
  });

  it('adds emphasis to an ALL-CAPS word only when other words are not in caps', () => {
    expect(sentiment('The food is GOOD').score).toBeGreaterThan(sentiment('The food is good').score);
    expect(sentiment('THE FOOD IS GOOD').score).toBeCloseTo(sentiment('The food is good').score, 6);
  });

  it('adds emphasis for exclamation marks, at most four', () => {
    const one = sentiment('The food is good!').score;
    expect(one).toBeGreaterThan(sentiment('The food is good').score);
    expect(sentiment('The food is good!!!!').score).toBeGreaterThan(one);
    expect(sentiment('The food is good!!!!!!!!').score).toBeCloseTo(sentiment('The food is good!!!!').score, 6);
  });

  it('weighs the clause after "but" more than the one before', () => {
    expect(sentiment('The course was good but the project was a terrible mess').label).toBe('negative');
    expect(sentiment('The project was a mess but the team was wonderful').label).toBe('positive');
  });

  it('reads emoji and emoticons', () => {
    expect(sentiment('Finished my first marathon 😍').label).toBe('positive');
    expect(sentiment('Another deadline moved 😡').label).toBe('negative');
    expect(sentiment('We shipped it :)').label).toBe('positive');
    expect(sentiment('Server down again :(').label).toBe('negative');
  });

  it('does not flip an emoji after a negator', () => {
    expect(sentiment('Not bad at all 😍').label).toBe('positive');
  });

  it('gives evidence spans that point at the words that moved the score', () => {
    const text = 'Terrible meeting, but a great team.';
    const result = sentiment(text);
    const words = result.evidence.map((e) => text.slice(e.start, e.end).toLowerCase());
    expect(words).toEqual(expect.arrayContaining(['terrible', 'great']));
    const great = result.evidence.find((e) => text.slice(e.start, e.end) === 'great');
    expect(great?.weight).toBeGreaterThan(0);
  });
});

describe('Indonesian model', () => {
  it('reads slang through the text layer: "bagus bgt" is positive, "gak enak" negative', () => {
    expect(sentiment('bagus bgt').label).toBe('positive');
    expect(sentiment('makanannya gak enak').label).toBe('negative');
    expect(sentiment('pelayanannya buruk sekali').label).toBe('negative');
  });

  it('marks negation: "tidak enak" scores below "enak"', () => {
    expect(sentiment('rasanya tidak enak').score).toBeLessThan(sentiment('rasanya enak').score);
  });

  it('labels informational text neutral', () => {
    expect(sentiment('besok ada webinar tentang karier di bidang data jam tujuh malam').label).toBe('neutral');
  });

  it('gives the strongest features as evidence, largest first', () => {
    const text = 'pelayanannya ramah dan cepat, puas banget';
    const result = sentiment(text);
    expect(result.label).toBe('positive');
    expect(result.evidence.length).toBeGreaterThan(0);
    const sizes = result.evidence.map((e) => Math.abs(e.weight));
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
    for (const e of result.evidence) expect(e.end).toBeGreaterThan(e.start);
  });
});

describe('Indonesian text without a sentiment word', () => {
  it('stays neutral even where review-trained weights lean on function words', () => {
    for (const text of [
      'Lagi cari kerja nih, ada info lowongan admin? DM aja ya',
      'rapat hari ini diundur ke minggu depan ya',
      'saya lulusan S1 akuntansi',
    ]) {
      expect(sentiment(text).label).toBe('neutral');
    }
  });

  it('hasSentimentWord sees Indonesian, English and emoji sentiment, and two-word phrases', () => {
    expect(hasSentimentWord(analyze('pelayanannya mengecewakan'))).toBe(true);
    expect(hasSentimentWord(analyze('hasilnya luar biasa'))).toBe(true);
    expect(hasSentimentWord(analyze('meeting nya awesome'))).toBe(true);
    expect(hasSentimentWord(analyze('rapat jam tiga 🎉'))).toBe(true);
    expect(hasSentimentWord(analyze('rapat jam tiga di kantor'))).toBe(false);
  });

  it('lets clear Indonesian sentiment words speak when the model is unsure', () => {
    expect(sentiment('Kerja lembur terus, capek banget').label).toBe('negative');
    expect(sentiment('hasilnya luar biasa').label).toBe('positive');
  });

  it('raises a word with a following intensifier ("senang sekali")', () => {
    const plain = scoreWithLexicon(inLanguage('saya senang', 'id'), { indonesianWords: true }).compound;
    const raised = scoreWithLexicon(inLanguage('saya senang sekali', 'id'), { indonesianWords: true }).compound;
    expect(raised).toBeGreaterThan(plain);
    expect(plain).toBeGreaterThan(0);
  });

  it('keeps the label and the sign of the score consistent', () => {
    for (const text of ['Resep rumahan tiap hari! Endorse? DM', 'makanannya enak tapi pelayanannya lambat', 'bagus bgt', 'gak enak']) {
      const result = sentiment(text);
      if (result.label === 'positive') expect(result.score).toBeGreaterThan(0);
      if (result.label === 'negative') expect(result.score).toBeLessThan(0);
    }
  });
});

describe('code-mixed text', () => {
  it('combines both scorers', () => {
    expect(sentiment('lagi hunting job as data analyst, seneng banget dapet offer pertama').label).toBe('positive');
    expect(sentiment('kerja di sini nyebelin, but the team is amazing').label).toBe('positive');
    expect(sentiment('meeting hari ini bikin kesel, so annoying and useless').label).toBe('negative');
  });
});

describe('edge cases', () => {
  it('empty and whitespace-only text is neutral with no evidence', () => {
    for (const text of ['', '   ', '\n\n']) {
      expect(sentiment(text)).toEqual({ score: 0, label: 'neutral', evidence: [] });
    }
  });

  it('emoji-only text is scored from the emoji', () => {
    expect(sentiment('😍😍').label).toBe('positive');
    expect(sentiment('👎').label).toBe('negative');
  });

  it('finishes on a 20,000-character field and stays in -1..1', () => {
    const text = 'Great team, bad coffee, kerja seru banget tapi macet parah. '.repeat(340).slice(0, 20_000);
    const result = sentiment(text);
    expect(result.score).toBeGreaterThanOrEqual(-1);
    expect(result.score).toBeLessThanOrEqual(1);
    expect(result.evidence.length).toBeLessThanOrEqual(8);
  });

  it('finishes on pathological input with the right answer', () => {
    expect(sentiment('a'.repeat(100_000)).label).toBe('neutral');
    expect(sentiment('!'.repeat(50_000)).label).toBe('neutral');
    expect(sentiment(':'.repeat(30_000)).label).toBe('neutral');
    expect(sentiment(':) '.repeat(10_000)).label).toBe('positive');
    expect(sentiment('not '.repeat(20_000)).label).toBe('neutral');
    expect(sentiment('good '.repeat(20_000)).score).toBeCloseTo(1, 2);
    expect(sentiment('kecewa-'.repeat(10_000)).label).toBe('neutral');
    expect(sentiment('menyenangkan'.repeat(5_000)).label).toBe('neutral');
  });

  it('is deterministic', () => {
    const text = 'Excited to join the team! Tapi jujur agak capek minggu ini 😅';
    const first = sentiment(text);
    for (let i = 0; i < 5; i++) expect(sentiment(text)).toEqual(first);
  });
});

describe('fairness: protected tokens never move the score', () => {
  it('ignores tokens outside scoringTokens', () => {
    const full = analyze('I love this team. I hate everything about this.');
    const secondSentenceStart = full.original.indexOf('I hate');
    const withoutSecond: AnalyzedText = {
      ...full,
      scoringTokens: full.tokens.filter((t) => t.start < secondSentenceStart),
    };
    const firstOnly = analyze('I love this team.');
    expect(scoreSentiment(withoutSecond).score).toBeCloseTo(scoreSentiment(firstOnly).score, 10);
    expect(scoreSentiment(withoutSecond).label).toBe('positive');
    expect(scoreSentiment(full).score).not.toBeCloseTo(scoreSentiment(withoutSecond).score, 2);
  });

  it('scores a profile with a self-description exactly like the one without', () => {
    const pairs: [string, string][] = [
      ['Proud Muslim, mother of two. I love building dashboards.', 'I love building dashboards.'],
      ['Saya seorang ibu dua anak. Kerja di sini menyenangkan.', 'Kerja di sini menyenangkan.'],
    ];
    for (const [withIdentity, without] of pairs) {
      const a = analyze(withIdentity);
      expect(a.protectedSpans.length).toBeGreaterThan(0);
      expect(scoreSentiment(a).score).toBe(scoreSentiment(analyze(without)).score);
      expect(scoreSentiment(a).label).toBe(scoreSentiment(analyze(without)).label);
    }
  });
});

describe('data files', () => {
  it('carry description and sources headers', () => {
    for (const file of [modelFile, vader, modifiers, idPolarity, identityTerms]) {
      expect(file.description.length).toBeGreaterThan(20);
      expect(file.sources.length).toBeGreaterThan(10);
    }
    expect(modelFile.sources).toContain('IndoNLU SmSA train split, Apache-2.0');
  });

  it('keep the Indonesian model small', () => {
    expect(JSON.stringify(modelFile).length).toBeLessThan(2 * 1024 * 1024);
  });
});
