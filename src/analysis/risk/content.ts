import contentLexicon from './lexicons/content.json';
import sponsorshipLexicon from './lexicons/sponsorship.json';
import { unitsHit, type ReasonKey, type SentenceHit } from './hits';
import { PhraseMatcher, phraseNorms, registerLexiconWords } from './phrases';
import type { RoleReading } from '../reading/types';
import type { FlagCategory, Severity } from '../types';
import type { Unit } from './units';
import { LexemeFacts } from '../text/lexeme';

const lexicon = contentLexicon.entries;
const SEXUAL = new PhraseMatcher(lexicon.sexual);
const DRUGS = new PhraseMatcher(lexicon.drugs);
const DRUGS_AGAINST = new PhraseMatcher(lexicon.drugsAgainst);
const SCAM = new PhraseMatcher(lexicon.scam);
const SCAM_AGAINST = new PhraseMatcher(lexicon.scamAgainst);
/** Indexes of SCAM phrases that recruit into a scheme rather than take money: warning, not critical. */
const RECRUITMENT = new Set(lexicon.scamRecruitment.map((phrase) => phraseNorms(phrase).join(' ')));
const RECRUITING_PHRASES: ReadonlySet<number> = new Set(
  lexicon.scam.flatMap((phrase, index) => (RECRUITMENT.has(phraseNorms(phrase).join(' ')) ? [index] : [])),
);
const MISINFORMATION = new PhraseMatcher(lexicon.misinformation);
const CONFIDENTIAL = new PhraseMatcher(lexicon.confidential);
const CONFIDENTIAL_WORDS = new PhraseMatcher(lexicon.confidentialWords);
const LEAK_CUES = new PhraseMatcher(lexicon.leakCues);
const sponsorship = sponsorshipLexicon.entries;
const SELLING = new PhraseMatcher(sponsorship.sellingCues);
const CODE_CUES = new PhraseMatcher(sponsorship.codeCues);
const LINK_CUES = new PhraseMatcher(sponsorship.linkCues);
const PRODUCT_WORDS = new Set(sponsorship.productWords.flatMap(phraseNorms));
const DISCLOSURES = new PhraseMatcher(sponsorship.disclosures);
const NARRATORS = new Set(sponsorship.narrators.flatMap(phraseNorms));
registerLexiconWords(PRODUCT_WORDS);
const IS_PRODUCT_WORD = new LexemeFacts((norm) => PRODUCT_WORDS.has(norm));

/** Sentences in which the matcher finds something, computed once per text. */
function sentencesWith(matcher: PhraseMatcher, units: readonly Unit[]): ReadonlySet<number> {
  const matches = matcher.findAll(units);
  if (matches.length === 0) return NO_SENTENCES;
  const sentences = new Set<number>();
  for (const match of matches) sentences.add(units[match.from].sentence);
  return sentences;
}

/** Shared empty set: most texts match no cue, so they need no set of their own. */
const NO_SENTENCES: ReadonlySet<number> = new Set<number>();

function phraseHits(
  matcher: PhraseMatcher,
  units: readonly Unit[],
  category: FlagCategory,
  severity: Severity,
  reason: ReasonKey,
  skipSentences: ReadonlySet<number> = NO_SENTENCES,
): SentenceHit[] {
  return matcher
    .findAll(units)
    .filter((match) => !skipSentences.has(units[match.from].sentence))
    .map((match) => unitsHit(category, severity, reason, units, match.from, match.to));
}

function scamHits(units: readonly Unit[]): SentenceHit[] {
  const against = sentencesWith(SCAM_AGAINST, units);
  return SCAM.findAll(units)
    .filter((match) => !against.has(units[match.from].sentence))
    .map((match) => unitsHit('scam', RECRUITING_PHRASES.has(match.phrase) ? 'warning' : 'critical', 'scam.pitch', units, match.from, match.to));
}

/** Sexual content, drugs (not in anti-drug sentences), scams, hoax markers, leaked employer information. */
export function detectContent(units: readonly Unit[]): SentenceHit[] {
  const leakSentences = sentencesWith(LEAK_CUES, units);
  const confidentialWordHits = CONFIDENTIAL_WORDS.findAll(units)
    .filter((match) => leakSentences.has(units[match.from].sentence))
    .map((match) => unitsHit('confidential', 'warning', 'confidential.employer', units, match.from, match.to));
  return [
    ...phraseHits(SEXUAL, units, 'sexual', 'warning', 'sexual.content'),
    ...phraseHits(DRUGS, units, 'drugs', 'warning', 'drugs.content', sentencesWith(DRUGS_AGAINST, units)),
    ...scamHits(units),
    ...phraseHits(MISINFORMATION, units, 'misinformation', 'warning', 'misinformation.marker'),
    ...phraseHits(CONFIDENTIAL, units, 'confidential', 'warning', 'confidential.employer'),
    ...confidentialWordHits,
  ];
}

/** A promo code as people write one: letters with digits ("CITRA10") or four or more capitals ("DIMAS"). */
function isCode(unit: Unit | undefined): boolean {
  if (unit === undefined || (unit.kind !== 'word' && unit.kind !== 'number')) return false;
  let letters = false;
  let digits = false;
  for (const char of unit.norm) {
    if (char >= 'a' && char <= 'z') letters = true;
    else if (char >= '0' && char <= '9') digits = true;
  }
  return letters && (digits || (unit.upperCase && unit.norm.length >= 4));
}

function namesSomethingForSale(units: readonly Unit[]): boolean {
  for (const unit of units) if (unit.kind === 'hashtag' ? PRODUCT_WORDS.has(unit.norm.slice(1)) : IS_PRODUCT_WORD.of(unit.lexeme)) return true;
  return false;
}

/**
 * "aku beli di", "kemarin order via": a narrator word just before the cue, one space apart, tells of the
 * writer's own purchase. Any punctuation between ("produk saya, beli di") leaves it a call to buy.
 */
function narratedPurchase(units: readonly Unit[], at: number): boolean {
  const previous = units[at - 1];
  return previous !== undefined && previous.end + 1 === units[at].start && NARRATORS.has(previous.norm);
}

/** Roles that sell their own goods or services: their selling is self-promotion (tone), not sponsorship. */
const SELF_SELLING_ROLES: ReadonlySet<string> = new Set(['seller']);

/**
 * Selling without a disclosure (#ad, #iklan, "paid partnership") anywhere in the same text: a selling
 * cue, a code cue followed by a code ("use code CITRA10"), or a link cue ("link in bio") in a text
 * that names something for sale. Naming a tool in a tutorial is not selling. A person who presents
 * as a seller of their own goods is sponsored only where a personal code shows an affiliate deal.
 */
export function detectUndisclosedSponsorship(units: readonly Unit[], role?: RoleReading): SentenceHit[] {
  if (DISCLOSURES.occursIn(units)) return [];
  const ownGoods = role !== undefined && SELF_SELLING_ROLES.has(role.role);
  const hits = (ownGoods ? [] : SELLING.findAll(units))
    .filter((match) => !narratedPurchase(units, match.from))
    .map((match) => unitsHit('undisclosed_sponsorship', 'warning', 'undisclosed_sponsorship.selling', units, match.from, match.to));
  for (const match of CODE_CUES.findAll(units)) {
    if (isCode(units[match.to]) && units[match.to].sentence === units[match.from].sentence) {
      hits.push(unitsHit('undisclosed_sponsorship', 'warning', 'undisclosed_sponsorship.selling', units, match.from, match.to + 1));
    }
  }
  if (!ownGoods && (hits.length > 0 || namesSomethingForSale(units))) {
    hits.push(...phraseHits(LINK_CUES, units, 'undisclosed_sponsorship', 'warning', 'undisclosed_sponsorship.selling'));
  }
  return hits;
}
