import offensiveLexicon from './lexicons/offensive.json';
import type { TextReading } from '../reading/types';
import type { Language } from '../types';
import { KNOWN_WORDS } from '../text/vocabulary';
import { normSet, registerLexiconWords } from './phrases';
import { isReportingVerb, namedAsSpeaker, speaksBefore } from './speaker';
import { inSentence, type Unit } from './units';

/** Whether an insult word is aimed at a person: someone addressed, named by a role or a name, or just spoken of. */

export const SECOND_PERSON: ReadonlySet<string> = normSet(offensiveLexicon.entries.secondPerson);
/** "your code": the possessive owns the thing an insult may be said of. */
const SECOND_PERSON_POSSESSIVES = normSet(offensiveLexicon.entries.secondPersonPossessives);
const PERSON_NOUNS = normSet(offensiveLexicon.entries.personNouns);
const NAMED_PERSONS = normSet(offensiveLexicon.entries.namedPersons);
const COPULAS = normSet(offensiveLexicon.entries.copulas);
const INTENSIFIERS = normSet(offensiveLexicon.entries.intensifiers);
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
const POSSESSIVE_PRONOUNS = normSet(offensiveLexicon.entries.possessivePronouns);
/** "dasar X": Indonesian for "you X". */
const ADDRESS_WORDS = normSet(offensiveLexicon.entries.addressWords);
/** Units either side of a word where a person it is aimed at may stand. */
export const AIM_WINDOW = 3;
const THING_NOUNS = normSet(offensiveLexicon.entries.thingNouns);
const THING_NOUNS_HEAD_FIRST = normSet(offensiveLexicon.entries.thingNounsHeadFirst);
const CLAUSE_OPENERS = normSet(offensiveLexicon.entries.clauseOpeners);
/** Words before a role word that still leave it the subject's head: "si kasir", "the new dokter". */
const DETERMINERS = normSet(offensiveLexicon.entries.determiners);
/** How far back a thing noun may head the phrase a role word sits in: "the code | my manager". */
const THING_REACH = 3;
const PRONOUNS: ReadonlySet<string> = new Set([...SECOND_PERSON, ...normSet(offensiveLexicon.entries.thirdPersonPronouns)]);
registerLexiconWords([...PERSON_NOUNS, ...NAMED_PERSONS, ...SECOND_PERSON, ...THING_NOUNS]);

/**
 * The role word at `person` belongs to a phrase headed by a thing: a thing noun, then a word that
 * opens a clause of its own ("the code my manager wrote", "laporan yang dibuat bos"), or an
 * Indonesian thing noun right before it ("laporan bos gue"). The subject is the thing, not the person.
 */
export function insideThingPhrase(units: readonly Unit[], person: number): boolean {
  // A pronoun after a thing noun opens a clause by itself: "the code you wrote".
  let opened = PRONOUNS.has(units[person].norm);
  for (let t = person - 1; inSentence(units, person, t) && person - t <= THING_REACH; t--) {
    const norm = units[t].norm;
    if (THING_NOUNS.has(norm)) return opened || (t === person - 1 && THING_NOUNS_HEAD_FIRST.has(norm));
    if (CLAUSE_OPENERS.has(norm)) opened = true;
  }
  return false;
}

/**
 * "your code is stupid", "your stupid idea": a thing noun owned by the possessive at `person`, before
 * the insult at `i` or right after it, is what the insult is said of.
 */
function ownsThing(units: readonly Unit[], person: number, i: number): boolean {
  if (!SECOND_PERSON_POSSESSIVES.has(units[person].norm)) return false;
  const last = Math.min(i + 1, person + THING_REACH);
  for (let k = person + 1; k <= last && inSentence(units, person, k); k++) {
    if (k !== i && THING_NOUNS.has(units[k].norm)) return true;
  }
  return false;
}

/** The person before the insult is not whom it is said of: the thing their phrase heads or owns is, or they speak it. */
function notTheTarget(units: readonly Unit[], person: number, i: number): boolean {
  return insideThingPhrase(units, person) || ownsThing(units, person, i) || namedAsSpeaker(units, person) || speaksBefore(units, person, i);
}

/** A second-person pronoun, "dasar", or a person noun close to the word, not one that owns the thing criticised or speaks. */
export function aimedAtPerson(units: readonly Unit[], i: number): boolean {
  for (let d = 1; d <= AIM_WINDOW; d++) {
    // Before, then after: the same order as the original [i - d, i + d] walk, without the array.
    for (let side = 0; side < 2; side++) {
      const j = side === 0 ? i - d : i + d;
      if (!inSentence(units, i, j)) continue;
      const norm = units[j].norm;
      const person = SECOND_PERSON.has(norm) || (j < i && (ADDRESS_WORDS.has(norm) || PERSON_NOUNS.has(norm)));
      if (person && !(j < i && notTheTarget(units, j, i))) return true;
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
      return !insideThingPhrase(units, k) && saysWhichPerson(units, k + 1, copula);
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
export function aimedThroughCopula(units: readonly Unit[], i: number, personWord: boolean): boolean {
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

/**
 * "HRD-nya ghosting. Tolol emang.": an insult that opens a sentence right after one about a person
 * is aimed at that person (the reading's clause targets).
 */
export function aimedFromPreviousClause(units: readonly Unit[], from: number, reading: TextReading): boolean {
  if (inSentence(units, from, from - 1)) return false;
  const previous = reading.clauses[units[from].sentence - 1];
  return previous !== undefined && (previous.target === 'person' || previous.target === 'reader');
}

/**
 * Indonesian puts a subject's head first: a role word that opens the sentence ("Dokter jaga malam
 * itu bego", "Kasir minimarket tadi goblok") is the subject of an insult a few words on, unless a
 * thing noun, a pronoun or a reporting verb between them starts another subject or clause
 * ("Dokter bilang rencana itu bodoh"). English subjects end with their head and are read through the copula.
 */
export function aimedAtSubjectHead(units: readonly Unit[], i: number, language: Language): boolean {
  if (language === 'en') return false;
  let head = i;
  while (inSentence(units, i, head - 1) && i - head < MAX_SUBJECT) head--;
  if (head === i || inSentence(units, i, head - 1)) return false;
  while (head < i && DETERMINERS.has(units[head].norm)) head++;
  if (head >= i || !NAMED_PERSONS.has(units[head].norm)) return false;
  for (let k = head + 1; k < i; k++) {
    const norm = units[k].norm;
    const possessive = k === head + 1 && POSSESSIVE_PRONOUNS.has(norm);
    if (!possessive && (THING_NOUNS.has(norm) || isReportingVerb(units[k]) || SECOND_PERSON.has(norm) || POSSESSIVE_PRONOUNS.has(norm) || PERSON_NOUNS.has(norm))) return false;
  }
  return true;
}
