import { editSimilarity, identitySimilarity, jaccard, levenshtein, median, namePartsSimilarity } from './similarity';

describe('similarity', () => {
  it('computes edit distance', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('same', 'same')).toBe(0);
  });

  it('bounds the cost of long inputs', () => {
    const long = 'a'.repeat(20_000);
    expect(levenshtein(long, `${long}b`)).toBe(0);
    expect(editSimilarity(long, long)).toBe(1);
  });

  it('matches initials and tolerates small spelling differences in names', () => {
    expect(namePartsSimilarity(['andi', 'w'], ['andi', 'wijaya'])).toBe(1);
    expect(namePartsSimilarity(['andi', 'masak'], ['andi', 'wijaya'])).toBe(0.5);
    expect(namePartsSimilarity(['rina', 'hartono'], ['rina', 'hartonno'])).toBe(1);
    expect(namePartsSimilarity([], ['rina'])).toBe(0);
  });

  it('treats joined and separated handles as the same identity', () => {
    expect(identitySimilarity(['rina', 'hartono'], ['rinahartono'])).toBe(1);
    expect(identitySimilarity(['dimas', 'cuan'], ['dimas', 'pratama'])).toBeLessThan(0.6);
  });

  it('computes Jaccard overlap', () => {
    expect(jaccard(new Set(['data', 'retail']), new Set(['data']))).toBe(0.5);
    expect(jaccard(new Set(['backend']), new Set(['culinary']))).toBe(0);
    expect(jaccard(new Set(), new Set())).toBe(1);
  });

  it('computes medians of odd and even lists', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
