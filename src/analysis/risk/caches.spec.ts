import './index';
import { isPhoneNumber, isPhoneNumberUncached, MAX_PHONE_CACHE } from './personal-data';
import { registerLexiconWords } from './phrases';
import { cachedLexiconForm, lexiconForm } from './word-forms';

function digitRun(text: string): { text: string; digits: string } {
  let digits = '';
  for (const char of text) if (char >= '0' && char <= '9') digits += char;
  return { text, digits };
}

describe('cachedLexiconForm: the memoised lexicon form agrees with lexiconForm', () => {
  const words = ['gacornya', 'tergacor', 'goblokmu', 'situslah', 'gacor', 'terbaik', 'engineering', 'data', 'ter', 'nya', 'abc', 'analyst'];

  it('gives the same form on the first and on a repeated (cached) call', () => {
    for (let round = 0; round < 2; round++) {
      for (const word of words) expect(cachedLexiconForm(word)).toBe(lexiconForm(word));
    }
    expect(cachedLexiconForm('gacornya')).toBe('gacor');
    expect(cachedLexiconForm('tergacor')).toBe('gacor');
    expect(cachedLexiconForm('engineering')).toBe('engineering');
  });

  it('stays right after many distinct words', () => {
    for (let i = 0; i < 10_000; i++) cachedLexiconForm(`kata${i}nya`);
    for (const word of words) expect(cachedLexiconForm(word)).toBe(lexiconForm(word));
  });

  it('forgets cached forms when a detector registers new words', () => {
    expect(cachedLexiconForm('zulvanyxnya')).toBe('zulvanyxnya');
    registerLexiconWords(['zulvanyx']);
    expect(cachedLexiconForm('zulvanyxnya')).toBe('zulvanyx');
    expect(lexiconForm('zulvanyxnya')).toBe('zulvanyx');
  });
});

describe('isPhoneNumber: the cached phone check agrees with the uncached one', () => {
  const runs = ['081234567890', '+6281234567890', '0211234567', '6281234567890', '+14155552671', '000000000000', '0999', '1234567890', '62000000000', '+999999999999'];

  it('gives the same verdict on the first and on repeated calls', () => {
    const verdicts = runs.map((text) => isPhoneNumberUncached(digitRun(text)));
    expect(verdicts).toContain(true);
    expect(verdicts).toContain(false);
    for (let round = 0; round < 3; round++) expect(runs.map((text) => isPhoneNumber(digitRun(text)))).toEqual(verdicts);
    expect(isPhoneNumber(digitRun('081234567890'))).toBe(true);
  });

  it('stays right after the cache fills up and is cleared', () => {
    for (let i = 0; i < MAX_PHONE_CACHE + 20; i++) isPhoneNumber(digitRun(`0812${String(i).padStart(8, '0')}`));
    for (const text of runs) expect(isPhoneNumber(digitRun(text))).toBe(isPhoneNumberUncached(digitRun(text)));
  });
});
