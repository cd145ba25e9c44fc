import { isCapitalised, isWrittenAs, startsWithCapital } from './case';

describe('isWrittenAs', () => {
  it('compares the lower-cased span of an ASCII text with a word', () => {
    expect(isWrittenAs('I am GREAT today', 5, 10, 'great')).toBe(true);
    expect(isWrittenAs('I am GREAT today', 5, 10, 'grea')).toBe(false);
    expect(isWrittenAs('I am GREAT today', 5, 10, 'grext')).toBe(false);
    expect(isWrittenAs('gk', 0, 2, 'tidak')).toBe(false);
  });

  it('lower-cases other scripts as String.prototype.toLowerCase does', () => {
    expect(isWrittenAs('ÉCOLE', 0, 5, 'école')).toBe(true);
    expect(isWrittenAs('СЛОТ', 0, 4, 'слот')).toBe(true);
    // "İ" lower-cases to two code units, so the lengths differ and only the exact path can tell.
    expect(isWrittenAs('İz', 0, 2, 'i̇z')).toBe(true);
    expect(isWrittenAs('Ecole', 0, 5, 'école')).toBe(false);
  });
});

describe('isCapitalised and startsWithCapital', () => {
  it('reads a name as a capital then no capital, within the word only', () => {
    expect(isCapitalised('Diana said', 0, 5)).toBe(true);
    expect(isCapitalised('Mrs Hartono', 0, 3)).toBe(true);
    expect(isCapitalised('USA today', 0, 3)).toBe(false);
    expect(isCapitalised('iPhone', 0, 6)).toBe(false);
    expect(isCapitalised('AERO88', 0, 6)).toBe(false);
    // The next word's capital is not the second letter of this one.
    expect(isCapitalised('A Bandung', 0, 1)).toBe(true);
    expect(isCapitalised('Émile', 0, 5)).toBe(true);
  });

  it('reads a capital start in any case after it (address parts, places in capitals)', () => {
    expect(startsWithCapital('RT 04', 0)).toBe(true);
    expect(startsWithCapital('JAKARTA', 0)).toBe(true);
    expect(startsWithCapital('jl. melati', 0)).toBe(false);
    expect(startsWithCapital('', 0)).toBe(false);
  });
});
