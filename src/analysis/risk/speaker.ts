import offensiveLexicon from './lexicons/offensive.json';
import { normSet, phraseNorms, registerLexiconWords } from './phrases';
import { inSentence, type Unit } from './units';

/** Who speaks in a sentence is not whom it speaks of: "Kata orang Jawa, ...", "Orang Jawa bilang ...". */

const ATTRIBUTIONS: readonly (readonly string[])[] = offensiveLexicon.entries.attributions.map(phraseNorms);
const REPORTING_VERBS = normSet(offensiveLexicon.entries.reportingVerbs);
/** Words from the end of an attribution to the speaker's name: "kata | orang Jawa". */
const SPEAKER_REACH = 2;
registerLexiconWords([...ATTRIBUTIONS.flat(), ...REPORTING_VERBS]);

/** "said", "bilang", "nyebut": what follows is what someone said, not what the sentence's subject is. */
export function isReportingVerb(unit: Unit): boolean {
  return REPORTING_VERBS.has(unit.norm);
}

function attributionEndsAt(units: readonly Unit[], end: number): boolean {
  return ATTRIBUTIONS.some((norms) => {
    const from = end - norms.length + 1;
    if (from < 0 || !inSentence(units, end, from)) return false;
    for (let k = 0; k < norms.length; k++) if (units[from + k].norm !== norms[k]) return false;
    return true;
  });
}

/** The word at `j` names who speaks: an attribution ends at most SPEAKER_REACH words before it. */
export function namedAsSpeaker(units: readonly Unit[], j: number): boolean {
  for (let k = j - 1; j - k <= SPEAKER_REACH && inSentence(units, j, k); k--) {
    if (attributionEndsAt(units, k)) return true;
  }
  return false;
}

/** The person at `person` speaks what comes at `i`: a reporting verb stands between them. */
export function speaksBefore(units: readonly Unit[], person: number, i: number): boolean {
  for (let k = person + 1; k < i; k++) if (isReportingVerb(units[k])) return true;
  return false;
}
