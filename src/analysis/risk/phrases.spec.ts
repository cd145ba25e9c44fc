import { analyzeText } from '../text/analyze';
import { PhraseMatcher } from './phrases';
import { buildUnits } from './units';

function units(text: string) {
  return buildUnits(analyzeText(text, { source: 0, field: 'posts[0]' }));
}

describe('PhraseMatcher: as many matchers as the lexicons need', () => {
  it('keeps every matcher exact when there are more matchers than start-word bits', () => {
    // Forty matchers: more than the 31 bits of the start-word index, so several share a bit.
    const words = Array.from({ length: 40 }, (_, index) => `zq${String.fromCharCode(97 + (index % 26))}${index}`);
    const matchers = words.map((word) => new PhraseMatcher([`${word} ping`]));
    const text = units(`${words[3]} ping and ${words[34]} ping`);
    matchers.forEach((matcher, index) => {
      const expected = index === 3 || index === 34 ? 1 : 0;
      expect(matcher.findAll(text)).toHaveLength(expected);
      expect(matcher.occursIn(text)).toBe(expected === 1);
    });
  });
});
