/** ASCII digits, the only ones the engine reads as numbers (other scripts' digits are folded to them first). */

export function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** A one-character string (or a missing one: `text[i]` past the end) that is a digit. */
export function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

export function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isDigitCode(text.charCodeAt(i))) return true;
  return false;
}

export function digitCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (isDigitCode(text.charCodeAt(i))) count += 1;
  return count;
}
