import violenceLexicon from './lexicons/violence.json';
import { unitsHit, type SentenceHit } from './hits';
import { AIM_WINDOW, SECOND_PERSON } from './insult-aim';
import { normSet, PhraseMatcher, registerLexiconWords } from './phrases';
import { LexemeFacts } from '../text/lexeme';
import { inSentence, type Unit } from './units';

const VIOLENT_VERBS = normSet(violenceLexicon.entries.verbs);
const THREAT_PHRASES = new PhraseMatcher(violenceLexicon.entries.phrases);
const PAYBACK_PHRASES = new PhraseMatcher(violenceLexicon.entries.payback);
/** What may follow a payback phrase and keep it a threat: "you will pay for this", "make him pay dearly". */
const PAYBACK_ENDINGS = normSet(violenceLexicon.entries.paybackEndings);
const THREAT_CUES = new PhraseMatcher(violenceLexicon.entries.cues);
const THREAT_OBJECTS = normSet(violenceLexicon.entries.objects);
/** Units a threat cue may end before the verb: "I will kill", "I'll really hurt". */
const CUE_GAP = 2;
registerLexiconWords([...VIOLENT_VERBS, ...THREAT_OBJECTS]);
const IS_VIOLENT_VERB = new LexemeFacts((norm) => VIOLENT_VERBS.has(norm));

/** A violent verb with its target right after it. */
function targetAfter(units: readonly Unit[], i: number, targets: ReadonlySet<string>): number {
  for (let j = i + 1; j <= i + AIM_WINDOW && inSentence(units, i, j); j++) if (targets.has(units[j].norm)) return j;
  return -1;
}

/**
 * Threats: a threat phrase ("awas aja lo"), a payback phrase ending the sentence ("make him pay"),
 * a violent verb aimed at "you" ("gue bunuh lo"), or a violent verb after a threat cue aimed at
 * anyone ("I'm gonna hurt him", "gue bunuh dia").
 */
export function detectViolence(units: readonly Unit[]): SentenceHit[] {
  const hits: SentenceHit[] = [];
  for (const match of THREAT_PHRASES.findAll(units)) {
    hits.push(unitsHit('violence', 'critical', 'violence.threat', units, match.from, match.to));
  }
  for (const match of PAYBACK_PHRASES.findAll(units)) {
    const next = inSentence(units, match.from, match.to) ? units[match.to].norm : undefined;
    const nextTwo = next !== undefined && inSentence(units, match.from, match.to + 1) ? `${next} ${units[match.to + 1].norm}` : '';
    if (next === undefined || PAYBACK_ENDINGS.has(next) || PAYBACK_ENDINGS.has(nextTwo)) {
      hits.push(unitsHit('violence', 'critical', 'violence.threat', units, match.from, match.to));
    }
  }
  let cueEndsAt: Uint8Array | undefined;
  for (let i = 0; i < units.length; i++) {
    if (!IS_VIOLENT_VERB.of(units[i].lexeme)) continue;
    // Threat cues only matter next to a violent verb: most texts have none, so find them lazily.
    if (cueEndsAt === undefined) {
      cueEndsAt = new Uint8Array(units.length);
      for (const match of THREAT_CUES.findAll(units)) cueEndsAt[match.to - 1] = 1;
    }
    let target = targetAfter(units, i, SECOND_PERSON);
    let from = i;
    for (let d = 1; target === -1 && d <= CUE_GAP && inSentence(units, i, i - d); d++) {
      if (cueEndsAt[i - d] !== 1) continue;
      target = targetAfter(units, i, THREAT_OBJECTS);
      from = i - d;
    }
    if (target !== -1) hits.push(unitsHit('violence', 'critical', 'violence.threat', units, from, target + 1));
  }
  return hits;
}
