import { PhraseMatcher, phraseNorms } from '../risk/phrases';
import type { Unit } from '../risk/units';
import type { Span } from '../text/types';
import negationLexicon from './lexicons/negation.json';

const NEGATION_CUES = new PhraseMatcher(negationLexicon.entries.cues);
const ADDITIVE = new Set(negationLexicon.entries.additive.flatMap(phraseNorms));
const BREAKS = new Set(negationLexicon.entries.breaks.flatMap(phraseNorms));
/** Words a negation reaches: "is not at all a total idiot", "nobody here thinks our lead is a loser". */
const MAX_SCOPE = 8;

/** Punctuation that closes a clause: "bukan goblok, cuma sibuk", "not stupid; lazy". */
function breaksClause(original: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = original.charCodeAt(k);
    // , ; : ( ) ! ? line break, en and em dashes
    if (c === 0x2c || c === 0x3b || c === 0x3a || c === 0x28 || c === 0x29 || c === 0x21 || c === 0x3f || c === 0x0a) return true;
    if (c === 0x2013 || c === 0x2014) return true;
  }
  return false;
}

/**
 * The stretches a negation covers, as UTF-16 spans in text order: from the word after the cue to the
 * last word it reaches. Linear: each cue scans at most MAX_SCOPE units.
 */
export function negationScopes(original: string, units: readonly Unit[]): Span[] {
  const scopes: Span[] = [];
  for (const cue of NEGATION_CUES.findAll(units)) {
    const first = cue.to;
    if (first >= units.length || units[first].sentence !== units[cue.from].sentence) continue;
    if (ADDITIVE.has(units[first].norm) || breaksClause(original, units[first - 1].end, units[first].start)) continue;
    let last = first;
    for (let j = first + 1; j < units.length && j - first < MAX_SCOPE; j++) {
      if (units[j].sentence !== units[first].sentence || BREAKS.has(units[j].norm)) break;
      if (breaksClause(original, units[j - 1].end, units[j].start)) break;
      last = j;
    }
    if (BREAKS.has(units[first].norm)) continue;
    const previous = scopes[scopes.length - 1];
    // "not ... never ...": a cue inside a scope extends it, so the scopes stay sorted and apart.
    if (previous !== undefined && previous.end >= units[first].start) previous.end = Math.max(previous.end, units[last].end);
    else scopes.push({ start: units[first].start, end: units[last].end });
  }
  return scopes;
}

/** True when the span starting at `start` lies in a negation scope (binary search over sorted scopes). */
export function insideNegation(scopes: readonly Span[], start: number): boolean {
  let low = 0;
  let high = scopes.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (scopes[mid].end <= start) low = mid + 1;
    else if (scopes[mid].start > start) high = mid - 1;
    else return true;
  }
  return false;
}
