import hateLexicon from './lexicons/hate.json';
import offensiveLexicon from './lexicons/offensive.json';
import { unitsHit, type SentenceHit } from './hits';
import { aimedAtPerson, aimedAtSubjectHead, aimedFromPreviousClause, aimedThroughCopula } from './insult-aim';
import { isReportingVerb, namedAsSpeaker } from './speaker';
import { normSet, PhraseMatcher, phraseNorms, registerLexiconWords } from './phrases';
import { insideNegation } from '../reading/negation';
import { LexemeFacts } from '../text/lexeme';
import type { TextReading } from '../reading/types';
import type { Language } from '../types';
import { inSentence, type Unit } from './units';

type WordClass = 'mild' | 'strong' | 'person' | 'adjective' | 'animal' | 'slur';


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

const DEHUMANISING = normSet(hateLexicon.entries.dehumanising);
const DEHUMANISING_LINKS = normSet(hateLexicon.entries.dehumanisingLinks);
/** Linking words between a group name and the word said of it ("orang Madura itu semua tikus", "immigrants are nothing but vermin"). */
const MAX_LINKS = 3;

const INSULT_NOUNS = normSet(offensiveLexicon.entries.insultNouns);
registerLexiconWords([
  ...offensiveLexicon.entries.mockery.flatMap(phraseNorms),
  ...WORD_CLASSES.keys(),
  ...GROUPS,
  ...HOSTILE_WORDS,
  ...DEHUMANISING,
]);

/** What detectOffensive asks of every unit's word, in one lookup: bit 1 a hostile word, bit 2 a group name, bit 4 a dehumanising word, bits 8+ the word class (index + 1). */
const HOSTILE_BIT = 1;
const GROUP_BIT = 2;
const DEHUMANISING_BIT = 4;
const CLASS_SHIFT = 3;
const CLASS_BY_CODE: readonly WordClass[] = ['mild', 'strong', 'person', 'adjective', 'animal', 'slur'];
const WORD_CODES: ReadonlyMap<string, number> = (() => {
  const codes = new Map<string, number>();
  const or = (word: string, bits: number) => codes.set(word, (codes.get(word) ?? 0) | bits);
  for (const word of HOSTILE_WORDS) or(word, HOSTILE_BIT);
  for (const word of GROUPS) or(word, GROUP_BIT);
  for (const word of DEHUMANISING) or(word, DEHUMANISING_BIT);
  for (const [word, wordClass] of WORD_CLASSES) or(word, (CLASS_BY_CODE.indexOf(wordClass) + 1) << CLASS_SHIFT);
  return codes;
})();

/** WORD_CODES of a unit's norm, kept on its lexeme. */
const LEXEME_CODE = new LexemeFacts((norm) => WORD_CODES.get(norm) ?? 0);

/** The code of the word a unit stands for (a hashtag's word without its '#'). */
function codeOf(unit: Unit): number {
  return unit.kind === 'hashtag' ? (WORD_CODES.get(unit.norm.slice(1)) ?? 0) : LEXEME_CODE.of(unit.lexeme);
}

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


/** Per-unit marks, bits of one array (one allocation per text): a hostile word, the end of a hostile verb, inside a clean or offensive phrase. */
const HOSTILE_MARK = 1;
const VERB_END_MARK = 2;
const COVERED_MARK = 4;

/** A group name the sentence may speak of: not inside a clean phrase, not the one who speaks. */
function spokenOfGroup(units: readonly Unit[], j: number, marks: Uint8Array): boolean {
  return (marks[j] & COVERED_MARK) === 0 && GROUPS.has(wordOf(units[j])) && !namedAsSpeaker(units, j);
}

function groupNear(units: readonly Unit[], i: number, window: number, marks: Uint8Array): boolean {
  for (let d = 1; d <= window; d++) {
    if (inSentence(units, i, i - d) && spokenOfGroup(units, i - d, marks)) return true;
    if (inSentence(units, i, i + d) && spokenOfGroup(units, i + d, marks)) return true;
  }
  return false;
}

/** A hostile word on either side of the group name, or a hostile verb just before it ("hate all X"). */
function attacksGroup(units: readonly Unit[], i: number, marks: Uint8Array): boolean {
  for (let j = i - 1; inSentence(units, i, j) && i - j <= HOSTILE_WINDOW; j--) {
    if ((marks[j] & HOSTILE_MARK) !== 0 || (i - j <= VERB_WINDOW && (marks[j] & VERB_END_MARK) !== 0)) return true;
  }
  for (let j = i + 1; inSentence(units, i, j) && j - i <= HOSTILE_WINDOW; j++) {
    // "Orang Jawa bilang tikus sawah itu hama": the group is who speaks, what follows is not said of it.
    if (isReportingVerb(units[j])) return false;
    if ((marks[j] & HOSTILE_MARK) !== 0) return true;
  }
  return false;
}

/**
 * A dehumanising word said of a group: after the group name and at most two linking words
 * ("orang Madura itu tikus", "immigrants are cockroaches"), or right before it ("kecoa cina").
 */
function saidOfGroup(units: readonly Unit[], i: number, marks: Uint8Array): boolean {
  const isGroup = (j: number) => spokenOfGroup(units, j, marks);
  if (inSentence(units, i, i + 1) && isGroup(i + 1)) return true;
  for (let j = i - 1; inSentence(units, i, j) && i - j <= MAX_LINKS + 1; j--) {
    if (isGroup(j)) return true;
    if (!DEHUMANISING_LINKS.has(units[j].norm)) return false;
  }
  return false;
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

function classHit(wordClass: WordClass, units: readonly Unit[], from: number, to: number, reading: TextReading, language: Language): SentenceHit | undefined {
  if (insideNegation(reading.negations, units[from].start)) return negatedHit(wordClass, units, from, to);
  const personWord = wordClass === 'person' || INSULT_NOUNS.has(wordOf(units[to - 1]));
  const aimed =
    aimedAtPerson(units, from) ||
    aimedAtPerson(units, to - 1) ||
    aimedThroughCopula(units, from, personWord) ||
    aimedAtSubjectHead(units, from, language) ||
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
  const marks = new Uint8Array(count);
  const codes = new Uint8Array(count);
  // A hostile word or verb in a negation's scope ("refugees are not criminals", "jangan usir pengungsi")
  // defends the group: it marks no attack.
  const negated = (unit: Unit) => insideNegation(reading.negations, unit.start);
  for (let i = 0; i < count; i++) {
    const code = codeOf(units[i]);
    if (code === 0) continue;
    codes[i] = code;
    if ((code & HOSTILE_BIT) !== 0 && !negated(units[i])) marks[i] |= HOSTILE_MARK;
  }
  for (const match of HOSTILE_PHRASES.findAll(units)) {
    if (!negated(units[match.from])) for (let j = match.from; j < match.to; j++) marks[j] |= HOSTILE_MARK;
  }
  for (const match of HOSTILE_VERBS.findAll(units)) if (!negated(units[match.from])) marks[match.to - 1] |= VERB_END_MARK;

  for (const match of CLEAN_PHRASES.findAll(units)) for (let j = match.from; j < match.to; j++) marks[j] |= COVERED_MARK;
  for (const match of OFFENSIVE_PHRASES.findAll(units)) {
    if ((marks[match.from] & COVERED_MARK) !== 0) continue;
    const found = classHit(PHRASE_CLASSES[match.phrase], units, match.from, match.to, reading, language);
    if (found !== undefined) hits.push(found);
    for (let j = match.from; j < match.to; j++) marks[j] |= COVERED_MARK;
  }
  for (let i = 0; i < count; i++) {
    const code = codes[i];
    if (code === 0) continue;
    if ((code & GROUP_BIT) !== 0 && (marks[i] & COVERED_MARK) === 0 && !namedAsSpeaker(units, i) && attacksGroup(units, i, marks)) {
      hits.push(unitsHit('hate', 'critical', 'hate.group', units, i, i + 1));
    }
    if ((marks[i] & COVERED_MARK) !== 0) continue;
    const dehumanises = (code & DEHUMANISING_BIT) !== 0 && saidOfGroup(units, i, marks);
    if (dehumanises && !insideNegation(reading.negations, units[i].start)) {
      hits.push(unitsHit('hate', 'critical', 'hate.group', units, i, i + 1));
      continue;
    }
    const wordClass = classOfCode(code);
    if (wordClass === undefined || (foreign && wordOf(units[i]).length <= FOREIGN_SHORT_WORD && wordClass !== 'slur')) continue;
    if ((marks[i] & HOSTILE_MARK) !== 0 && groupNear(units, i, HOSTILE_WINDOW, marks)) {
      hits.push(unitsHit('hate', 'critical', 'hate.group', units, i, i + 1));
      continue;
    }
    const found = classHit(wordClass, units, i, i + 1, reading, language);
    if (found !== undefined) hits.push(found);
  }
  return hits;
}
