import { isWrittenAs } from './case';

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
