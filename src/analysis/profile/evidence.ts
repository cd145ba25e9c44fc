import type { AnalyzedText } from '../text/types';
import type { Evidence } from '../types';
import type { ProfileField } from './fields';

const MAX_EXCERPT = 160;
const WINDOW = 60;

/** Evidence for a span of a field; the excerpt is the enclosing sentence, or a window around the span when that is long. */
export function evidenceFor(field: ProfileField, start: number, end: number): Evidence {
  return { source: field.source, field: field.field, start, end, excerpt: excerptAround(field.text, start, end) };
}

export function excerptAround(text: AnalyzedText, start: number, end: number): string {
  const bounds = excerptBounds(text, start, end);
  return collapseSpaces(text.original.slice(bounds.start, bounds.end));
}

export function excerptBounds(text: AnalyzedText, start: number, end: number): { start: number; end: number } {
  const sentence = text.sentences.find((span) => span.start <= start && span.end >= end);
  if (sentence && sentence.end - sentence.start <= MAX_EXCERPT) return { start: sentence.start, end: sentence.end };
  if (end - start >= MAX_EXCERPT) return wholeCodePoints(text.original, start, start + MAX_EXCERPT);
  const from = Math.max(sentence?.start ?? 0, start - WINDOW);
  const to = Math.min(sentence?.end ?? text.original.length, end + WINDOW, from + MAX_EXCERPT);
  return wholeCodePoints(text.original, from, Math.max(to, end));
}

/**
 * Widens a window cut by length so neither end falls inside a surrogate pair: half an emoji is not
 * Unicode text, and Postgres's jsonb refuses a report that holds one (the audit could not be stored).
 */
export function wholeCodePoints(original: string, start: number, end: number): { start: number; end: number } {
  const from = start > 0 && isLowSurrogate(original.charCodeAt(start)) && isHighSurrogate(original.charCodeAt(start - 1)) ? start - 1 : start;
  const to = end < original.length && isLowSurrogate(original.charCodeAt(end)) && isHighSurrogate(original.charCodeAt(end - 1)) ? end + 1 : end;
  return { start: from, end: to };
}

function isHighSurrogate(code: number): boolean {
  return (code & 0xfc00) === 0xd800;
}

function isLowSurrogate(code: number): boolean {
  return (code & 0xfc00) === 0xdc00;
}

/** Trims spaces, tabs and line breaks and turns every run of them inside into one space. */
export function collapseSpaces(value: string): string {
  if (isCollapsed(value)) return value;
  let result = '';
  let pendingSpace = false;
  let keptFrom = -1;
  for (let index = 0; index < value.length; index += 1) {
    if (isCollapsible(value.charCodeAt(index))) {
      if (keptFrom !== -1) result += value.slice(keptFrom, index);
      keptFrom = -1;
      pendingSpace = result.length > 0;
      continue;
    }
    if (keptFrom === -1) {
      if (pendingSpace) result += ' ';
      pendingSpace = false;
      keptFrom = index;
    }
  }
  if (keptFrom !== -1) result += value.slice(keptFrom);
  return result;
}

function isCollapsible(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d;
}

/** No tab or line break, no space at either end, no two spaces in a row: collapsing changes nothing. */
function isCollapsed(value: string): boolean {
  let previousSpace = true;
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if (code === 0x0a || code === 0x09 || code === 0x0d) return false;
    const space = code === 0x20;
    if (space && previousSpace) return false;
    previousSpace = space;
  }
  return !previousSpace || value.length === 0;
}

export function metricsEvidence(source: number, excerpt: string): Evidence {
  return { source, field: 'metrics', start: 0, end: 0, excerpt };
}

/** The field's text with protected spans cut out (for names and other text quoted outside excerpts). */
export function textWithoutProtected(text: AnalyzedText): string {
  if (text.protectedSpans.length === 0) return text.original.trim();
  const spans = [...text.protectedSpans].sort((a, b) => a.start - b.start);
  let result = '';
  let cursor = 0;
  for (const span of spans) {
    if (span.start > cursor) result += text.original.slice(cursor, span.start);
    cursor = Math.max(cursor, span.end);
  }
  result += text.original.slice(cursor);
  return collapseSpaces(result).trim();
}
