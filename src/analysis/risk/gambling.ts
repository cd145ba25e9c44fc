import { LexemeFacts } from '../text/lexeme';
import { ENGLISH_WORDS } from '../text/vocabulary';
import type { TextReading } from '../reading/types';
import type { Language } from '../types';
import gamblingLexicon from './lexicons/gambling.json';
import { unitsHit, type SentenceHit } from './hits';
import { PhraseMatcher, phraseNorms, registerLexiconWords } from './phrases';
import type { Unit } from './units';
import { PLACE_WORDS, brandStrength, nameStrength, sellsWithCodes } from './gambling-brands';

export { brandStrength, type BrandStrength } from './gambling-brands';

const lexicon = gamblingLexicon.entries;
const STRONG = new PhraseMatcher(lexicon.strong);
const WEAK = new PhraseMatcher(lexicon.weak);
const CLEAN = new PhraseMatcher(lexicon.clean);
const AGAINST = new PhraseMatcher(lexicon.against);
/** Single context words; multi-word entries ("top up", "modal sedikit") count only as the whole phrase. */
const CONTEXT = new Set(lexicon.context.map(phraseNorms).filter((norms) => norms.length === 1).map((norms) => norms[0]));
registerLexiconWords(CONTEXT);
const CONTEXT_PHRASE_ENTRIES = lexicon.context.filter((entry) => phraseNorms(entry).length > 1);
const CONTEXT_PHRASES = new PhraseMatcher(CONTEXT_PHRASE_ENTRIES);
/** In English text, English words ("main", "win", "deposit", "top up") are not Indonesian gambling cues. */
const CONTEXT_IN_ENGLISH = new Set([...CONTEXT].filter((word) => !ENGLISH_WORDS.has(word)));
const PHRASE_IS_ENGLISH: readonly boolean[] = CONTEXT_PHRASE_ENTRIES.map((entry) => phraseNorms(entry).every((word) => ENGLISH_WORDS.has(word)));
const PRAISE = new Set(lexicon.praise);
registerLexiconWords(PRAISE);
const PRAISE_IN_ENGLISH = new Set([...PRAISE].filter((word) => !ENGLISH_WORDS.has(word)));
const AMBIGUOUS: ReadonlySet<string> = new Set(lexicon.ambiguous.flatMap((entry) => phraseNorms(entry)));

/** Single-word gambling terms, for counting "situs gacor" as two signals and "judi online" as one. */
const SINGLE_TERMS = new Set([...lexicon.strong, ...lexicon.weak].filter((entry) => phraseNorms(entry).length === 1).flatMap(phraseNorms));

function termsIn(units: readonly Unit[], from: number, to: number): number {
  let terms = 0;
  for (let i = from; i < to; i++) if (SINGLE_TERMS.has(units[i].norm)) terms++;
  return Math.max(1, terms);
}

/**
 * Per-unit marks of the phrase matches, bits of one array (one allocation per text): a clean phrase,
 * a strong and a weak gambling term.
 */
const CLEAN_MARK = 1;
const STRONG_MARK = 2;
const WEAK_MARK = 4;

function mark(marks: Uint8Array, from: number, to: number, bit: number): void {
  for (let j = from; j < to; j++) marks[j] |= bit;
}

const CODE_WORDS: ReadonlySet<string> = new Set(['kode', 'code', 'voucher', 'kupon', 'coupon', 'promo']);
const SLOT_WORDS: ReadonlySet<string> = new Set(['slot', 'slots']);

/** Which of namesAndContext's word lists hold a unit's norm, kept on its lexeme: one read per unit, no set lookups. */
const CODE_WORD = 1;
const CONTEXT_WORD = 2;
const CONTEXT_WORD_IN_ENGLISH = 4;
const PRAISE_WORD = 8;
const PRAISE_WORD_IN_ENGLISH = 16;
const WORD_LISTS = new LexemeFacts(
  (norm): number =>
    (CODE_WORDS.has(norm) ? CODE_WORD : 0) |
    (CONTEXT.has(norm) ? CONTEXT_WORD : 0) |
    (CONTEXT_IN_ENGLISH.has(norm) ? CONTEXT_WORD_IN_ENGLISH : 0) |
    (PRAISE.has(norm) ? PRAISE_WORD : 0) |
    (PRAISE_IN_ENGLISH.has(norm) ? PRAISE_WORD_IN_ENGLISH : 0),
);

/**
 * "slot rak", "slot leader", "slot webinar": a slot followed by an ordinary word (no gambling term,
 * money or winning word, site name or number) is a place or a time, not a slot machine.
 */
function everydaySlot(units: readonly Unit[], from: number, to: number, contextWords: ReadonlySet<string>): boolean {
  if (to - from !== 1 || !SLOT_WORDS.has(units[from].norm) || units[from].obfuscated) return false;
  const next = units[to];
  if (next === undefined || next.sentence !== units[from].sentence || next.kind !== 'word' || next.obfuscated) return false;
  return next.norm.length >= 3 && !SINGLE_TERMS.has(next.norm) && !contextWords.has(next.norm) && brandStrength(next) === 'none';
}

interface NamesAndContext {
  brands: number;
  strongBrands: number;
  shapedBrands: number;
  /** Money, winning and call-to-play words outside the gambling terms. */
  context: number;
  /** An advert's hype, and place words before a site name ("di Sentosa88"): they back a site name only. */
  praise: number;
  /** Names written like handles ("kenanga43"): sites only beside money, winning or play words. */
  handles: number;
}

/** No unit of [from, to) lies in a clean phrase or a gambling term. */
function outsideTerms(marks: Uint8Array, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (marks[j] !== 0) return false;
  return true;
}

/** One pass over the units: site names (their spans go to evidence), context and praise words. */
function namesAndContext(units: readonly Unit[], language: Language, marks: Uint8Array, evidence: { from: number; to: number }[]): NamesAndContext {
  const contextWord = language === 'en' ? CONTEXT_WORD_IN_ENGLISH : CONTEXT_WORD;
  const praiseWord = language === 'en' ? PRAISE_WORD_IN_ENGLISH : PRAISE_WORD;
  const found: NamesAndContext = { brands: 0, strongBrands: 0, shapedBrands: 0, context: 0, praise: 0, handles: 0 };
  // Units inside a context phrase, allocated only for a text that has one.
  let inPhrase: Uint8Array | undefined;
  for (const match of CONTEXT_PHRASES.findAll(units)) {
    if ((language === 'en' && PHRASE_IS_ENGLISH[match.phrase]) || !outsideTerms(marks, match.from, match.to)) continue;
    found.context++;
    inPhrase ??= new Uint8Array(units.length);
    for (let j = match.from; j < match.to; j++) inPhrase[j] = 1;
  }
  let shop: boolean | undefined;
  let afterCodeWord = false;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    const lists = WORD_LISTS.of(unit.lexeme);
    // "kode NABILA15": a promo code after a code word is not a site name.
    let strength = (marks[i] & STRONG_MARK) !== 0 || afterCodeWord ? 'none' : brandStrength(unit);
    afterCodeWord = (lists & CODE_WORD) !== 0;
    if (strength !== 'none' && strength !== 'strong') strength = nameStrength(strength, units, i, language, (shop ??= sellsWithCodes(units)));
    if (strength === 'handle') {
      found.handles++;
      evidence.push({ from: i, to: i + 1 });
    } else if (strength !== 'none') {
      found.brands++;
      if (strength === 'strong') found.strongBrands++;
      if (strength === 'shaped') found.shapedBrands++;
      if (i > 0 && PLACE_WORDS.has(units[i - 1].norm) && units[i - 1].sentence === unit.sentence) found.praise++;
      evidence.push({ from: i, to: i + 1 });
    } else if ((lists & contextWord) !== 0 && inPhrase?.[i] !== 1 && marks[i] === 0) {
      found.context++;
    } else if ((lists & praiseWord) !== 0) {
      found.praise++;
    }
  }
  return found;
}

/**
 * Online-gambling promotion: a gambling term needs a second signal (another term, a site name,
 * money or winning words, a call to play); "slot" alone ("time slot") stays clean.
 */
export function detectGambling(units: readonly Unit[], language: Language, reading?: TextReading): SentenceHit[] {
  const contextWords = language === 'en' ? CONTEXT_IN_ENGLISH : CONTEXT;
  const marks = new Uint8Array(units.length);
  for (const match of CLEAN.findAll(units)) mark(marks, match.from, match.to, CLEAN_MARK);
  const strongMatches = STRONG.findAll(units);
  const evidence: { from: number; to: number }[] = [];
  let strong = 0;
  let weak = 0;
  let obfuscated = 0;
  for (const match of strongMatches) {
    // "slot777" in the lexicon reads as "slot" once the text layer splits its number off.
    if ((marks[match.from] & CLEAN_MARK) !== 0 || everydaySlot(units, match.from, match.to, contextWords)) continue;
    strong += termsIn(units, match.from, match.to);
    evidence.push(match);
    if (units[match.from].obfuscated) obfuscated++;
  }
  for (const match of strongMatches) mark(marks, match.from, match.to, STRONG_MARK);
  for (const match of WEAK.findAll(units)) {
    if ((marks[match.from] & (CLEAN_MARK | STRONG_MARK)) !== 0 || everydaySlot(units, match.from, match.to, contextWords)) continue;
    if (language === 'en' && match.to - match.from === 1 && ENGLISH_WORDS.has(units[match.from].norm)) continue;
    weak++;
    evidence.push(match);
    mark(marks, match.from, match.to, WEAK_MARK);
    if (units[match.from].obfuscated) obfuscated++;
  }
  // A call to action the reading found ("sign up", "link in bio") backs a gambling term, in any language.
  const callToAction = reading !== undefined && reading.clauses.some((clause) => clause.promotes);
  const { brands, strongBrands, shapedBrands, context, praise, handles } = namesAndContext(units, language, marks, evidence);
  // A strong or name-shaped site name needs no other signal: nobody writes "𝐉𝐔𝐍𝐈𝐎𝐑𝟖𝟖" but to dodge filters.
  const promotes =
    strongBrands >= 1 ||
    shapedBrands >= 1 ||
    strong >= 2 ||
    (strong >= 1 && (weak + brands + handles + context + obfuscated >= 1 || callToAction)) ||
    (brands >= 1 && weak + context + praise >= 1) ||
    (handles >= 1 && weak + context >= 1) ||
    (weak >= 1 && (obfuscated >= 1 || context >= 2 || weak >= 2));
  if (!promotes) return [];
  if (brands === 0 && AGAINST.occursIn(units)) return [];
  // Letters disguised to dodge filters, or a strong site name, are promotion whatever the frame.
  const certain = strongBrands >= 1 || obfuscated >= 1;
  const ambiguous = !certain && evidence.every((span) => span.to - span.from === 1 && AMBIGUOUS.has(units[span.from].norm));
  return evidence.map((span) => {
    // unitsHit's object is fresh: set in place, in the order the spread wrote them, rather than copied.
    const found = unitsHit('gambling', 'critical', 'gambling.promotion', units, span.from, span.to);
    found.certain = certain;
    found.ambiguous = ambiguous;
    return found;
  });
}
