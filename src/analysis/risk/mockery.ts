import offensiveLexicon from './lexicons/offensive.json';
import type { TextReading } from '../reading/types';
import { unitsHit, type SentenceHit } from './hits';
import { PhraseMatcher } from './phrases';
import type { Unit } from './units';

const MOCKERY = new PhraseMatcher(offensiveLexicon.entries.mockery);

/**
 * Contempt for a person's competence or intelligence with no swear word ("gak kompeten", "IQ-nya",
 * "two brain cells"): an insult when the text names or addresses a person (the reading's targets),
 * so cruel sarcasm at a colleague is caught while "an incompetent API" in a lesson is not.
 */
export function detectMockery(units: readonly Unit[], reading: TextReading): SentenceHit[] {
  const matches = MOCKERY.findAll(units);
  if (matches.length === 0) return [];
  const aimed = reading.clauses.some((clause) => clause.target === 'person' || clause.target === 'reader');
  if (!aimed) return [];
  return matches.map((match) => unitsHit('insult', 'warning', 'insult.person', units, match.from, match.to));
}
