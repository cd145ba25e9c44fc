import { digitCount, hasDigit, isDigit, isDigitCode } from './digits';

describe('digits', () => {
  it('reads ASCII digits only', () => {
    expect([...'09a/:'].map((char) => isDigit(char))).toEqual([true, true, false, false, false]);
    expect(isDigit(undefined)).toBe(false);
    expect(isDigitCode('٣'.charCodeAt(0))).toBe(false);
  });

  it('finds and counts digits in a string', () => {
    expect(hasDigit('gacor88')).toBe(true);
    expect(hasDigit('gacor')).toBe(false);
    expect(digitCount('+62 812-3456')).toBe(9);
    expect(digitCount('')).toBe(0);
  });
});
