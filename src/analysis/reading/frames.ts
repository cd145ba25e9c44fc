import type { Unit } from '../risk/units';
import type { AnalyzedText } from '../text/types';
import { cueFrame, cueTarget, FRAME_RANK, frameCues, targetCues } from './cues';
import { negationScopes } from './negation';
import { findQuotes, insideQuote } from './quotes';
import type { Clause, Frame, Target, TextReading } from './types';

const TARGET_RANK: Readonly<Record<Target, number>> = { reader: 4, person: 3, group: 2, self: 1, none: 0 };
/** Frames a whole text can lend to its sentences without cues of their own. */
const LENDING: ReadonlySet<Frame> = new Set<Frame>(['warn', 'condemn', 'quote', 'report', 'teach']);

function emptyClauses(text: AnalyzedText): Clause[] {
  return text.sentences.map((span, sentence) => ({
    start: span.start,
    end: span.end,
    sentence,
    frame: 'plain' as Frame,
    target: 'none' as Target,
    promotes: false,
    // Set here too, so that clauses with and without a cue share one object shape.
    cue: undefined,
  }));
}

/** One pass over the cue matches: each sentence keeps its strongest frame cue outside quotation marks. */
function frameClauses(clauses: Clause[], units: readonly Unit[], quotes: TextReading['quotes']): void {
  for (const cue of frameCues(units)) {
    const sentence = units[cue.from].sentence;
    // A unit outside every sentence has sentence -1: reading clauses[-1] would make V8 deoptimise.
    if (sentence < 0) continue;
    const clause = clauses[sentence];
    const start = units[cue.from].start;
    const end = units[cue.to - 1].end;
    if (insideQuote(quotes, start, end)) continue;
    const frame = cueFrame(cue);
    if (frame === 'promote' || frame === 'offer') clause.promotes = true;
    if (FRAME_RANK[frame] > FRAME_RANK[clause.frame]) {
      clause.frame = frame;
      clause.cue = { start, end };
    }
  }
}

function targetClauses(clauses: Clause[], units: readonly Unit[], text: AnalyzedText, handles: string[]): void {
  for (const cue of targetCues(units)) {
    const sentence = units[cue.from].sentence;
    const target = cueTarget(cue);
    if (sentence >= 0 && TARGET_RANK[target] > TARGET_RANK[clauses[sentence].target]) clauses[sentence].target = target;
  }
  let sentence = 0;
  for (const token of text.tokens) {
    if (token.kind !== 'mention') continue;
    handles.push(token.norm.replace(/^@/, ''));
    while (sentence < clauses.length && clauses[sentence].end <= token.start) sentence++;
    const clause = clauses[sentence];
    if (clause !== undefined && clause.start <= token.start && TARGET_RANK.person > TARGET_RANK[clause.target]) clause.target = 'person';
  }
}

/**
 * Reads one text once: per sentence its frame, whether it promotes and whom it addresses, and the
 * text's stance, and what its negations cover. Linear in the units (trie matches) plus one pass over
 * the characters for quotes.
 */
export function readText(text: AnalyzedText, units: readonly Unit[]): TextReading {
  const quotes = findQuotes(text.original);
  const clauses = emptyClauses(text);
  frameClauses(clauses, units, quotes);
  const handles: string[] = [];
  targetClauses(clauses, units, text, handles);
  let stance: Frame = 'plain';
  let promoting = false;
  for (const clause of clauses) {
    if (clause.promotes) promoting = true;
    if (LENDING.has(clause.frame) && FRAME_RANK[clause.frame] > FRAME_RANK[stance]) stance = clause.frame;
  }
  if (!promoting && stance !== 'plain') {
    for (const clause of clauses) if (clause.frame === 'plain' || clause.frame === 'narrate') clause.frame = stance;
  }
  return { clauses, quotes, negations: negationScopes(text.original, units), handles, stance };
}

/** The clause holding a span, found by binary search over the sentence-ordered clauses. */
export function clauseAt(reading: TextReading, start: number): Clause | undefined {
  const clauses = reading.clauses;
  let low = 0;
  let high = clauses.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (clauses[mid].end <= start) low = mid + 1;
    else if (clauses[mid].start > start) high = mid - 1;
    else return clauses[mid];
  }
  return undefined;
}
