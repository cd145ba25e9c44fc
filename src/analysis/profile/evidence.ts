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
  if (end - start >= MAX_EXCERPT) return { start, end: start + MAX_EXCERPT };
  const from = Math.max(sentence?.start ?? 0, start - WINDOW);
  const to = Math.min(sentence?.end ?? text.original.length, end + WINDOW, from + MAX_EXCERPT);
  return { start: from, end: Math.max(to, end) };
}

export function collapseSpaces(value: string): string {
  let result = '';
  let pendingSpace = false;
  for (const char of value) {
    if (char === ' ' || char === '\n' || char === '\t' || char === '\r') {
      pendingSpace = result.length > 0;
      continue;
    }
    if (pendingSpace) result += ' ';
    pendingSpace = false;
    result += char;
  }
  return result;
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
