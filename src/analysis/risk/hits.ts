import { FLAG_CATEGORIES, type FlagCategory, type Severity } from '../types';
import reasonLexicon from './lexicons/reasons.json';
import type { RiskHit } from './types';
import type { Unit } from './units';

export type ReasonKey = keyof typeof reasonLexicon.entries;

/** A hit before merging, with the sentence it sits in. */
export interface SentenceHit extends RiskHit {
  sentence: number;
  /** Unambiguous on its own (a disguised gambling-site name): no frame or field can make it innocent. */
  certain?: boolean;
  /** Evidence made only of words with an everyday meaning ("jackpot", "bonus"): promotion only where the clause promotes. */
  ambiguous?: boolean;
}

export function hit(category: FlagCategory, severity: Severity, reason: ReasonKey, start: number, end: number, sentence: number): SentenceHit {
  const text = reasonLexicon.entries[reason];
  return { category, severity, start, end, sentence, reason: { en: text.en, id: text.id } };
}

export function unitsHit(
  category: FlagCategory,
  severity: Severity,
  reason: ReasonKey,
  units: readonly Unit[],
  from: number,
  to: number,
): SentenceHit {
  return hit(category, severity, reason, units[from].start, units[to - 1].end, units[from].sentence);
}

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, critical: 2 };
/** Each category's place in localeCompare order: hits are sorted, and merged by key, with numbers instead of strings. */
const CATEGORY_RANK = new Map([...FLAG_CATEGORIES].sort((a, b) => a.localeCompare(b)).map((category, rank) => [category, rank]));

function categoryRank(category: FlagCategory): number {
  return CATEGORY_RANK.get(category) as number;
}

/** Merges hits of one category that fall in one sentence into one hit spanning them all. */
export function mergeHits(hits: readonly SentenceHit[]): RiskHit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end || categoryRank(a.category) - categoryRank(b.category));
  const open = new Map<number, MergedHit>();
  const merged: MergedHit[] = [];
  for (const current of sorted) {
    const key = current.sentence * FLAG_CATEGORIES.length + categoryRank(current.category);
    const previous = current.sentence === -1 ? undefined : open.get(key);
    if (previous === undefined) {
      const first: MergedHit = { first: current, end: current.end, severity: current.severity, reason: current.reason };
      merged.push(first);
      open.set(key, first);
      continue;
    }
    previous.end = Math.max(previous.end, current.end);
    if (SEVERITY_RANK[current.severity] > SEVERITY_RANK[previous.severity]) {
      previous.severity = current.severity;
      previous.reason = current.reason;
    }
  }
  return merged.map(toRiskHit);
}

/** A merged hit: the first hit of its category and sentence, and what the later ones changed. */
interface MergedHit {
  first: SentenceHit;
  end: number;
  severity: Severity;
  reason: RiskHit['reason'];
}

/** One copy per merged hit, keys in the first hit's order (they reach the report). */
function toRiskHit({ first, end, severity, reason }: MergedHit): RiskHit {
  const { sentence: _sentence, certain: _certain, ambiguous: _ambiguous, ...riskHit } = first;
  riskHit.end = end;
  riskHit.severity = severity;
  riskHit.reason = reason;
  return riskHit;
}
