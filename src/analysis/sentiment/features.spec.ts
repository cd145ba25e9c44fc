import { analyzeText } from '../text/analyze';
import { isIdentityTerm, sentimentFeatures } from './features';
import { loadModel, predictIndonesian, predictIndonesianText, softmax, argmax } from './indonesian';
import modelFile from './model/id-sentiment.json';
import { scoreSentiment } from './index';

const names = (text: string): string[] => sentimentFeatures(analyzeText(text, { source: 0, field: 'about' })).map((f) => f.name);

describe('sentimentFeatures', () => {
  it('gives unigrams and bigrams of the normalised words', () => {
    expect(names('bagus bgt')).toEqual(['bagus', 'banget', 'bagus banget']);
  });

  it('marks the two words after a negator, slang negators included', () => {
    expect(names('tidak enak sekali')).toEqual([
      'tidak',
      'NOT_enak',
      'tidak NOT_enak',
      'NOT_sekali',
      'NOT_enak NOT_sekali',
    ]);
    expect(names('gak enak')).toContain('NOT_enak');
  });

  it('stops bigrams and negation at punctuation', () => {
    const features = names('tidak mahal. enak');
    expect(features).toContain('NOT_mahal');
    expect(features).toContain('enak');
    expect(features).not.toContain('NOT_enak');
    expect(features.some((f) => f.includes('mahal enak'))).toBe(false);
  });

  it('points every feature at its words in the original text', () => {
    const text = 'Pelayanannya RAMAH, tidak lambat';
    for (const f of sentimentFeatures(analyzeText(text, { source: 0, field: 'about' }))) {
      const excerpt = text.slice(f.start, f.end).toLowerCase();
      expect(f.name.replace(/NOT_/g, '').split(' ')[0]).toBe(excerpt.split(/[ ,]+/)[0]);
    }
  });

  it('leaves identity words out, also hyphenated, and does not bridge them with a bigram', () => {
    expect(isIdentityTerm('cina-cina')).toBe(true);
    expect(isIdentityTerm('anak-anak')).toBe(false);
    // Scored as if the text layer had not protected it, to test this function on its own.
    const analyzed = analyzeText('orang islam baik', { source: 0, field: 'about' });
    const features = sentimentFeatures({ ...analyzed, scoringTokens: analyzed.tokens }).map((f) => f.name);
    expect(features).toEqual(['orang', 'baik']);
  });
});

describe('fairness of the learned model', () => {
  it('scores a sentence the same whichever religion, ethnicity or party it names', () => {
    const variants = ['islam', 'kristen', 'hindu', 'buddha'].map((group) =>
      scoreSentiment({ ...analyzeText(`acara komunitas ${group} kemarin seru dan bermanfaat`, { source: 0, field: 'posts[0]' }), language: 'id' }),
    );
    for (const v of variants) expect(v).toMatchObject({ score: variants[0].score, label: 'positive' });
    const parties = ['pdip', 'gerindra', 'golkar'].map(
      (party) => scoreSentiment({ ...analyzeText(`diskusi bersama kader ${party} berjalan lancar`, { source: 0, field: 'posts[0]' }), language: 'id' }).score,
    );
    expect(new Set(parties).size).toBe(1);
  });

  it('gives English identity words no valence', () => {
    const withFaith = scoreSentiment(analyzeText('Our faith community met today.', { source: 0, field: 'posts[0]' }));
    expect(withFaith.score).toBe(0);
  });
});

describe('linear model helpers', () => {
  it('softmax sums to one and keeps order; argmax takes the first of a tie', () => {
    const p = softmax([1, 2, 3]);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(p[2]).toBeGreaterThan(p[1]);
    expect(argmax([0.2, 0.5, 0.5])).toBe(1);
  });

  it('predicts from bias and weights, counting a repeated feature once', () => {
    const model = loadModel({
      description: 'toy',
      sources: 'test',
      classes: ['positive', 'negative', 'neutral'],
      bias: [0, 0, 1],
      entries: { bagus: [3, -1, 0], jelek: [-1, 3, 0] },
    });
    const features = (...words: string[]) => words.map((name, i) => ({ name, start: i, end: i + 1, unigram: true }));
    expect(predictIndonesian(model, features('bagus')).label).toBe('positive');
    expect(predictIndonesian(model, features('jelek')).label).toBe('negative');
    expect(predictIndonesian(model, features('meja')).label).toBe('neutral');
    const once = predictIndonesian(model, features('bagus', 'jelek'));
    const twice = predictIndonesian(model, features('bagus', 'jelek', 'jelek'));
    expect(twice.score).toBe(once.score);
    expect(once.contributions).toEqual([
      { start: 0, end: 1, weight: 4 },
      { start: 1, end: 2, weight: -4 },
    ]);
  });

  it('predicts from a text as from its feature list, bigrams included', () => {
    // Names with spaces: bigrams ("tidak NOT_keren", "bagus banget") and a three-word name, found without building the strings.
    const toy = loadModel({
      description: 'toy',
      sources: 'test',
      classes: ['positive', 'negative', 'neutral'],
      bias: [0, 0, 0.5],
      entries: { keren: [1, 0, 0], 'tidak NOT_keren': [0, 2, 0], 'NOT_keren': [0, 1, 0], 'bagus banget': [2, 0, 0], 'a b c': [0, 0, 3] },
    });
    const real = loadModel(modelFile);
    const texts = ['tidak keren', 'bagus bgt', 'keren, tapi tidak keren banget', 'pelayanan lambat dan mahal', 'mantap jiwa wkwk 😂', ''];
    for (const model of [toy, real]) {
      for (const text of texts) {
        const analyzed = analyzeText(text, { source: 0, field: 'about' });
        expect(predictIndonesianText(model, analyzed)).toEqual(predictIndonesian(model, sentimentFeatures(analyzed)));
      }
    }
    const bigram = predictIndonesianText(toy, analyzeText('bagus bgt', { source: 0, field: 'about' }));
    expect(bigram.contributions).toEqual([{ start: 0, end: 9, weight: 2 }]);
  });

  it('rejects a model file with other classes', () => {
    expect(() =>
      loadModel({ description: '', sources: '', classes: ['yes', 'no'], bias: [0, 0], entries: {} }),
    ).toThrow(/classes/);
  });
});
