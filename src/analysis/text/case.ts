/**
 * Whether original.slice(start, end).toLowerCase() === lower, compared in place when the span is
 * ASCII (no string built per token); other spans take the exact Unicode path.
 */
export function isWrittenAs(original: string, start: number, end: number, lower: string): boolean {
  if (end - start === lower.length) {
    let index = 0;
    for (; index < lower.length; index++) {
      let code = original.charCodeAt(start + index);
      if (code >= 0x80) break;
      if (code >= 0x41 && code <= 0x5a) code += 0x20;
      if (code !== lower.charCodeAt(index)) return false;
    }
    if (index === lower.length) return true;
  }
  return original.slice(start, end).toLowerCase() === lower;
}

/** Starts with a capital letter ("RT", "Kel", "Medan", "JAKARTA"): address parts and place names. */
export function startsWithCapital(text: string, start: number): boolean {
  const first = text[start];
  return first !== undefined && first !== first.toLowerCase();
}

/**
 * Written as a name: a capital, then no capital ("Diana", "Budi", "Mrs", "A"); "USA", "AERO88" and
 * "iPhone" are not. `end` is where the word ends, so the next word's letter never counts. The one
 * definition the risk units and the name redaction share.
 */
export function isCapitalised(text: string, start: number, end: number): boolean {
  const firstCode = text.charCodeAt(start);
  const secondCode = start + 1 < end ? text.charCodeAt(start + 1) : 0;
  // ASCII needs no string per character: an A-Z, then anything but an A-Z.
  if (firstCode < 0x80 && secondCode < 0x80) return firstCode >= 0x41 && firstCode <= 0x5a && !(secondCode >= 0x41 && secondCode <= 0x5a);
  if (!startsWithCapital(text, start)) return false;
  const second = start + 1 < end ? text[start + 1] : '';
  return second === second.toLowerCase();
}

/** A capital after a small letter inside the word ("DevFest22", "PyCon", "iPhone"): how products and events are named, not people or sites. */
export function hasInnerCapital(text: string, start: number, end: number): boolean {
  for (let i = start + 1; i < end; i++) {
    const previous = text[i - 1];
    const current = text[i];
    if (previous !== previous.toUpperCase() && current !== current.toLowerCase()) return true;
  }
  return false;
}
