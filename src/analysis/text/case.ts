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
