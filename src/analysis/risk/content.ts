import contentLexicon from './lexicons/content.json';
import sponsorshipLexicon from './lexicons/sponsorship.json';
import { unitsHit, type ReasonKey, type SentenceHit } from './hits';
import { PhraseMatcher } from './phrases';
import type { FlagCategory, Severity } from '../types';
import type { Unit } from './units';

const lexicon = contentLexicon.entries;
const SEXUAL = new PhraseMatcher(lexicon.sexual);
const DRUGS = new PhraseMatcher(lexicon.drugs);
const DRUGS_AGAINST = new PhraseMatcher(lexicon.drugsAgainst);
const SCAM = new PhraseMatcher(lexicon.scam);
const SCAM_AGAINST = new PhraseMatcher(lexicon.scamAgainst);
const MISINFORMATION = new PhraseMatcher(lexicon.misinformation);
const CONFIDENTIAL = new PhraseMatcher(lexicon.confidential);
const CONFIDENTIAL_WORDS = new PhraseMatcher(lexicon.confidentialWords);
const LEAK_CUES = new PhraseMatcher(lexicon.leakCues);
const SELLING = new PhraseMatcher(sponsorshipLexicon.entries.sellingCues);
const DISCLOSURES = new PhraseMatcher(sponsorshipLexicon.entries.disclosures);

/** Sentences in which the matcher finds something, computed once per text. */
function sentencesWith(matcher: PhraseMatcher, units: readonly Unit[]): Set<number> {
  const sentences = new Set<number>();
  for (const match of matcher.findAll(units)) sentences.add(units[match.from].sentence);
  return sentences;
}

function phraseHits(
  matcher: PhraseMatcher,
  units: readonly Unit[],
  category: FlagCategory,
  severity: Severity,
  reason: ReasonKey,
  skipSentences: ReadonlySet<number> = new Set(),
): SentenceHit[] {
  return matcher
    .findAll(units)
    .filter((match) => !skipSentences.has(units[match.from].sentence))
    .map((match) => unitsHit(category, severity, reason, units, match.from, match.to));
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
    ...phraseHits(SCAM, units, 'scam', 'critical', 'scam.pitch', sentencesWith(SCAM_AGAINST, units)),
    ...phraseHits(MISINFORMATION, units, 'misinformation', 'warning', 'misinformation.marker'),
    ...phraseHits(CONFIDENTIAL, units, 'confidential', 'warning', 'confidential.employer'),
    ...confidentialWordHits,
  ];
}

/** Selling or referral cues without a disclosure (#ad, #iklan, "paid partnership") anywhere in the same text. */
export function detectUndisclosedSponsorship(units: readonly Unit[]): SentenceHit[] {
  if (DISCLOSURES.occursIn(units)) return [];
  return phraseHits(SELLING, units, 'undisclosed_sponsorship', 'warning', 'undisclosed_sponsorship.selling');
}
