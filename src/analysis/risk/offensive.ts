import hateLexicon from './lexicons/hate.json';
import offensiveLexicon from './lexicons/offensive.json';
import violenceLexicon from './lexicons/violence.json';
import { unitsHit, type SentenceHit } from './hits';
import { PhraseMatcher, phraseNorms, registerLexiconWords } from './phrases';
import { insideNegation } from '../reading/negation';
import type { TextReading } from '../reading/types';
import type { Language } from '../types';
import type { Unit } from './units';
import { KNOWN_WORDS } from '../text/vocabulary';

type WordClass = 'mild' | 'strong' | 'person' | 'adjective' | 'animal' | 'slur';

function normSet(phrases: readonly string[]): Set<string> {
  return new Set(phrases.map((phrase) => phraseNorms(phrase).join(' ')));
}

/** Single words by class; multi-word entries go to the phrase matcher. Later classes win ties. */
const WORD_CLASSES: ReadonlyMap<string, WordClass> = (() => {
  const classes = new Map<string, WordClass>();
  const add = (list: readonly string[], wordClass: WordClass) => {
    for (const norm of normSet(list)) if (!norm.includes(' ')) classes.set(norm, wordClass);
  };
  add(offensiveLexicon.entries.exclamations, 'animal');
  add(offensiveLexicon.entries.animalInsults, 'animal');
  add(offensiveLexicon.entries.insultAdjectives, 'adjective');
  add(offensiveLexicon.entries.mildProfanity, 'mild');
  add(offensiveLexicon.entries.personInsults, 'person');
  add(offensiveLexicon.entries.strongProfanity, 'strong');
  add(offensiveLexicon.entries.slurs, 'slur');
  return classes;
})();

const PHRASE_LISTS: readonly [WordClass, readonly string[]][] = [
  ['mild', offensiveLexicon.entries.mildProfanity],
  ['person', offensiveLexicon.entries.personInsults],
  ['slur', offensiveLexicon.entries.slurs],
];
const PHRASE_CLASSES: WordClass[] = [];
const OFFENSIVE_PHRASES = new PhraseMatcher(
  PHRASE_LISTS.flatMap(([wordClass, list]) =>
    list
      .filter((entry) => phraseNorms(entry).length > 1)
      .map((entry) => {
        PHRASE_CLASSES.push(wordClass);
        return entry;
      }),
  ),
);

const EXCLAMATIONS = normSet(offensiveLexicon.entries.exclamations);
/** Particles after an exclamation ("anjing lah", "anjir emang"); possessives make the word the animal again. */
const EXCLAIM_PARTICLES = new Set(['lah', 'emang', 'memang', 'banget', 'sih', 'deh', 'dah', 'bener', 'benar', 'kau', 'wkwk']);
const POSSESSIVES = new Set(['saya', 'aku', 'kami', 'kita', 'dia', 'mereka', 'ku', 'nya', 'peliharaan', 'kecil', 'lucu', 'my', 'our']);

/** "anjing lah", "Anjir, capek": an Indonesian animal swear word used as an exclamation. */
function exclaimed(units: readonly Unit[], i: number): boolean {
  if (!EXCLAMATIONS.has(wordOf(units[i]))) return false;
  const next = inSentence(units, i, i + 1) ? units[i + 1].norm : undefined;
  if (next !== undefined && POSSESSIVES.has(next)) return false;
  const first = !inSentence(units, i, i - 1);
  return first || next === undefined || EXCLAIM_PARTICLES.has(next);
}

/** Phrases where an offensive-looking word has its everyday meaning ("rotary hoe", "monkey bars"). */
const CLEAN_PHRASES = new PhraseMatcher(offensiveLexicon.entries.clean);

const GROUPS = normSet(hateLexicon.entries.groups);
const HOSTILE_WORDS = normSet(hateLexicon.entries.hostile);
const HOSTILE_PHRASES = new PhraseMatcher(hateLexicon.entries.hostile.filter((entry) => phraseNorms(entry).length > 1));
const HOSTILE_VERBS = new PhraseMatcher(hateLexicon.entries.hostileVerbs);
const HOSTILE_WINDOW = 5;
const VERB_WINDOW = 3;

const SECOND_PERSON = new Set(['kamu', 'you', 'your', "you're", 'youre', 'yourself', 'ur', 'kalian', 'anda', 'dikau', "y'all", 'u']);
const PERSON_NOUNS = normSet(offensiveLexicon.entries.personNouns);
const NAMED_PERSONS = normSet(offensiveLexicon.entries.namedPersons);
const COPULAS = normSet(offensiveLexicon.entries.copulas);
const INTENSIFIERS = normSet(offensiveLexicon.entries.intensifiers);
const INSULT_NOUNS = normSet(offensiveLexicon.entries.insultNouns);
/** Describing words between the copula and the insult: "is a lazy, useless idiot". */
const MAX_DESCRIBING = 2;
/** Words between a named person and the insult: "is a total", "itu emang". */
const MAX_BRIDGE = 5;
/** Words between a person noun and its possessive or copula: "rekan satu tim gue", "the new nurse". */
const PERSON_MODIFIERS = normSet(offensiveLexicon.entries.personModifiers);
/** Words that open a phrase saying which person: "the dokter on shift", "kasir yang jaga malam". */
const SUBJECT_LINKS = normSet(offensiveLexicon.entries.subjectLinks);
/** Words between the person and the copula: "the intern from the Surabaya office is". */
const MAX_SUBJECT = 6;
const POSSESSIVE_PRONOUNS = new Set(['saya', 'aku', 'kami', 'gue', 'my', 'our']);
/** "dasar X": Indonesian for "you X". */
const ADDRESS_WORDS = new Set(['dasar', 'kau', 'lo', 'lu']);
const AIM_WINDOW = 3;

const VIOLENT_VERBS = normSet(violenceLexicon.entries.verbs);
const THREAT_PHRASES = new PhraseMatcher(violenceLexicon.entries.phrases);
const PAYBACK_PHRASES = new PhraseMatcher(violenceLexicon.entries.payback);
/** What may follow a payback phrase and keep it a threat: "you will pay for this", "make him pay dearly". */
const PAYBACK_ENDINGS = normSet(violenceLexicon.entries.paybackEndings);
const THREAT_CUES = new PhraseMatcher(violenceLexicon.entries.cues);
const THREAT_OBJECTS = normSet(violenceLexicon.entries.objects);
/** Units a threat cue may end before the verb: "I will kill", "I'll really hurt". */
const CUE_GAP = 2;
registerLexiconWords([
  ...offensiveLexicon.entries.mockery.flatMap(phraseNorms),
  ...WORD_CLASSES.keys(),
  ...GROUPS,
  ...HOSTILE_WORDS,
  ...VIOLENT_VERBS,
  ...PERSON_NOUNS,
  ...NAMED_PERSONS,
  ...SECOND_PERSON,
  ...THREAT_OBJECTS,
]);

/** What detectOffensive asks of every unit's word, in one lookup: bit 1 a hostile word, bit 2 a group name, bits 4+ the word class (index + 1). */
const HOSTILE_BIT = 1;
const GROUP_BIT = 2;
const CLASS_SHIFT = 2;
const CLASS_BY_CODE: readonly WordClass[] = ['mild', 'strong', 'person', 'adjective', 'animal', 'slur'];
const WORD_CODES: ReadonlyMap<string, number> = (() => {
  const codes = new Map<string, number>();
  const or = (word: string, bits: number) => codes.set(word, (codes.get(word) ?? 0) | bits);
  for (const word of HOSTILE_WORDS) or(word, HOSTILE_BIT);
  for (const word of GROUPS) or(word, GROUP_BIT);
  for (const [word, wordClass] of WORD_CLASSES) or(word, (CLASS_BY_CODE.indexOf(wordClass) + 1) << CLASS_SHIFT);
  return codes;
})();

/** WORD_CLASSES.get(word), read from the word's code. */
function classOfCode(code: number): WordClass | undefined {
  const index = code >> CLASS_SHIFT;
  return index === 0 ? undefined : CLASS_BY_CODE[index - 1];
}

/** True for a word the lexicon lists as a slur (the recruiter view masks it in hate excerpts). */
export function isSlur(norm: string): boolean {
  return WORD_CLASSES.get(norm) === 'slur';
}

/** Hashtags count as the word they spell ("#bitches"). */
function wordOf(unit: Unit): string {
  return unit.kind === 'hashtag' ? unit.norm.slice(1) : unit.norm;
}

function inSentence(units: readonly Unit[], i: number, j: number): boolean {
  return j >= 0 && j < units.length && units[j].sentence === units[i].sentence;
}

/** A second-person pronoun, "dasar", or a person noun close to the word. */
function aimedAtPerson(units: readonly Unit[], i: number): boolean {
  for (let d = 1; d <= AIM_WINDOW; d++) {
    // Before, then after: the same order as the original [i - d, i + d] walk, without the array.
    for (let side = 0; side < 2; side++) {
      const j = side === 0 ? i - d : i + d;
      if (!inSentence(units, i, j)) continue;
      const norm = units[j].norm;
      if (SECOND_PERSON.has(norm)) return true;
      if (j < i && (ADDRESS_WORDS.has(norm) || PERSON_NOUNS.has(norm))) return true;
    }
  }
  return false;
}

/** The person a possessive names: "manager's" -> "manager". */
function personOf(norm: string): string {
  return norm.endsWith("'s") ? norm.slice(0, -2) : norm;
}

/**
 * The words between a person and the copula only say which person: possessives and modifiers
 * ("rekan satu tim gue", "the new nurse"), then maybe a phrase opened by a link word ("on shift",
 * "di toko itu", "who treated me").
 */
function saysWhichPerson(units: readonly Unit[], from: number, to: number): boolean {
  let k = from;
  // "HR itu emang goblok": a second copula is part of the link too.
  const which = (norm: string) => POSSESSIVE_PRONOUNS.has(norm) || PERSON_MODIFIERS.has(norm) || COPULAS.has(norm);
  while (k < to && which(units[k].norm)) k++;
  return k === to || SUBJECT_LINKS.has(units[k].norm);
}

/**
 * The subject before a copula is a person: a role word in either language, maybe followed by words
 * that say which one ("the new dokter on shift", "kasir baru di toko itu", "the nurse who treated
 * me"), or a name right before the copula when the insult can only mean a person. A role word inside
 * a clause of its own ("the code my manager wrote") is not the subject.
 */
function subjectIsPerson(units: readonly Unit[], copula: number, personWord: boolean): boolean {
  for (let k = copula - 1; inSentence(units, copula, k) && copula - k <= MAX_SUBJECT; k--) {
    const norm = units[k].norm;
    if (NAMED_PERSONS.has(personOf(norm))) {
      return saysWhichPerson(units, k + 1, copula);
    }
    if (personWord && readsAsName(units[k]) && saysWhichPerson(units, k + 1, copula)) return true;
  }
  return false;
}

/**
 * A person named by their role, a copula and the insult: "my manager is a total idiot", "HR itu
 * emang goblok", "the client was such a moron", "manager's a total idiot". Pronouns ("he's an idiot")
 * are left to the nearby-person rule: quoted and reported speech makes them too noisy. A name
 * ("nurse Diana is a useless idiot", "Budi emang goblok") counts when the insult can only mean a person.
 */
function aimedThroughCopula(units: readonly Unit[], i: number, personWord: boolean): boolean {
  let describing = 0;
  for (let j = i - 1; inSentence(units, i, j) && i - j <= MAX_BRIDGE; j--) {
    const norm = units[j].norm;
    if (COPULAS.has(norm)) return subjectIsPerson(units, j, personWord);
    if (INTENSIFIERS.has(norm)) continue;
    if (NAMED_PERSONS.has(personOf(norm))) return norm.endsWith("'s");
    if (units[j].kind !== 'word' || ++describing > MAX_DESCRIBING) return false;
  }
  return false;
}

/** "Diana", "Budi": a capitalised word no word list knows. */
function readsAsName(unit: Unit): boolean {
  return unit.kind === 'word' && unit.capitalised && !KNOWN_WORDS.has(unit.norm);
}

function groupNear(units: readonly Unit[], i: number, window: number, covered: Uint8Array): boolean {
  for (let d = 1; d <= window; d++) {
    if (inSentence(units, i, i - d) && covered[i - d] !== 1 && GROUPS.has(wordOf(units[i - d]))) return true;
    if (inSentence(units, i, i + d) && covered[i + d] !== 1 && GROUPS.has(wordOf(units[i + d]))) return true;
  }
  return false;
}

/** A hostile word on either side of the group name, or a hostile verb just before it ("hate all X"). */
function attacksGroup(units: readonly Unit[], i: number, hostileAt: Uint8Array, verbEndsAt: Uint8Array): boolean {
  for (let j = i - 1; inSentence(units, i, j) && i - j <= HOSTILE_WINDOW; j--) {
    if (hostileAt[j] === 1 || (i - j <= VERB_WINDOW && verbEndsAt[j] === 1)) return true;
  }
  for (let j = i + 1; inSentence(units, i, j) && j - i <= HOSTILE_WINDOW; j++) if (hostileAt[j] === 1) return true;
  return false;
}

/**
 * "HRD-nya ghosting. Tolol emang.": an insult that opens a sentence right after one about a person
 * is aimed at that person (the reading's clause targets).
 */
function aimedFromPreviousClause(units: readonly Unit[], from: number, reading: TextReading): boolean {
  if (inSentence(units, from, from - 1)) return false;
  const previous = reading.clauses[units[from].sentence - 1];
  return previous !== undefined && (previous.target === 'person' || previous.target === 'reader');
}

/**
 * The insult word lies in a negation's scope ("she is not an idiot", "bukan orang bodoh", "never
 * called him stupid"): a denial describes no one. Swearing stays swearing, and a slur stays a slur.
 */
function negatedHit(wordClass: WordClass, units: readonly Unit[], from: number, to: number): SentenceHit | undefined {
  switch (wordClass) {
    case 'slur':
      return unitsHit('hate', 'critical', 'hate.slur', units, from, to);
    case 'strong':
      return unitsHit('profanity', 'warning', 'profanity.strong', units, from, to);
    case 'mild':
      return unitsHit('profanity', 'info', 'profanity.mild', units, from, to);
    default:
      return undefined;
  }
}

function classHit(wordClass: WordClass, units: readonly Unit[], from: number, to: number, reading: TextReading): SentenceHit | undefined {
  if (insideNegation(reading.negations, units[from].start)) return negatedHit(wordClass, units, from, to);
  const personWord = wordClass === 'person' || INSULT_NOUNS.has(wordOf(units[to - 1]));
  const aimed =
    aimedAtPerson(units, from) ||
    aimedAtPerson(units, to - 1) ||
    aimedThroughCopula(units, from, personWord) ||
    aimedFromPreviousClause(units, from, reading);
  switch (wordClass) {
    case 'slur':
      return unitsHit('hate', 'critical', 'hate.slur', units, from, to);
    case 'strong':
      return aimed
        ? unitsHit('insult', 'warning', 'insult.person', units, from, to)
        : unitsHit('profanity', 'warning', 'profanity.strong', units, from, to);
    case 'person':
      return aimed
        ? unitsHit('insult', 'warning', 'insult.person', units, from, to)
        : unitsHit('profanity', 'info', 'profanity.mild', units, from, to);
    case 'adjective':
    case 'animal':
      if (aimed) return unitsHit('insult', 'warning', 'insult.person', units, from, to);
      return wordClass === 'animal' && to - from === 1 && exclaimed(units, from)
        ? unitsHit('profanity', 'warning', 'profanity.strong', units, from, to)
        : undefined;
    case 'mild':
      return unitsHit('profanity', 'info', 'profanity.mild', units, from, to);
  }
}

/**
 * In a longer text written in neither English nor Indonesian, a short swear word is more likely a
 * word of that language (Dutch "hoe" is "how").
 */
const FOREIGN_TEXT_MIN_WORDS = 8;
const FOREIGN_SHORT_WORD = 4;

function readsForeign(language: Language, units: readonly Unit[]): boolean {
  if (language !== 'other') return false;
  let words = 0;
  for (const unit of units) if (unit.kind === 'word') words++;
  return words >= FOREIGN_TEXT_MIN_WORDS;
}

/** Profanity, insults (aimed at a person) and hate (slurs, attacks on a group). */
export function detectOffensive(units: readonly Unit[], language: Language, reading: TextReading): SentenceHit[] {
  const foreign = readsForeign(language, units);
  const hits: SentenceHit[] = [];
  // Per-unit flags in typed arrays rather than Sets: one allocation each, no hashing.
  const count = units.length;
  const hostileAt = new Uint8Array(count);
  const codes = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const code = WORD_CODES.get(wordOf(units[i]));
    if (code === undefined) continue;
    codes[i] = code;
    if ((code & HOSTILE_BIT) !== 0) hostileAt[i] = 1;
  }
  for (const match of HOSTILE_PHRASES.findAll(units)) for (let j = match.from; j < match.to; j++) hostileAt[j] = 1;
  const verbEndsAt = new Uint8Array(count);
  for (const match of HOSTILE_VERBS.findAll(units)) verbEndsAt[match.to - 1] = 1;

  const covered = new Uint8Array(count);
  for (const match of CLEAN_PHRASES.findAll(units)) for (let j = match.from; j < match.to; j++) covered[j] = 1;
  for (const match of OFFENSIVE_PHRASES.findAll(units)) {
    if (covered[match.from] === 1) continue;
    const found = classHit(PHRASE_CLASSES[match.phrase], units, match.from, match.to, reading);
    if (found !== undefined) hits.push(found);
    for (let j = match.from; j < match.to; j++) covered[j] = 1;
  }
  for (let i = 0; i < count; i++) {
    const code = codes[i];
    if (code === 0) continue;
    if ((code & GROUP_BIT) !== 0 && covered[i] !== 1 && attacksGroup(units, i, hostileAt, verbEndsAt)) {
      hits.push(unitsHit('hate', 'critical', 'hate.group', units, i, i + 1));
    }
    if (covered[i] === 1) continue;
    const wordClass = classOfCode(code);
    if (wordClass === undefined || (foreign && wordOf(units[i]).length <= FOREIGN_SHORT_WORD && wordClass !== 'slur')) continue;
    if (hostileAt[i] === 1 && groupNear(units, i, HOSTILE_WINDOW, covered)) {
      hits.push(unitsHit('hate', 'critical', 'hate.group', units, i, i + 1));
      continue;
    }
    const found = classHit(wordClass, units, i, i + 1, reading);
    if (found !== undefined) hits.push(found);
  }
  return hits;
}

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
    if (!VIOLENT_VERBS.has(units[i].norm)) continue;
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
