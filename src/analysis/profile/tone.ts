import type { RiskHit } from '../risk/types';
import type { Evidence, FlagCategory, Platform } from '../types';
import type { Messages } from '../report/messages/types';
import { MAX_COMPONENT_EVIDENCE, type Measured } from './component';
import { evidenceFor } from './evidence';
import { contentFields, cuesOf, groupBySource, hasCue, type ProfileField } from './fields';
import { clamp } from './similarity';

/** How strictly each platform's audience reads casual style (LinkedIn strictest, TikTok most relaxed). */
export const PLATFORM_STRICTNESS: Record<Platform, number> = {
  linkedin: 1,
  github: 0.9,
  website: 0.9,
  x: 0.7,
  facebook: 0.7,
  other: 0.7,
  instagram: 0.5,
  tiktok: 0.4,
};

const ATTACK_CATEGORIES: ReadonlySet<FlagCategory> = new Set(['insult', 'hate', 'violence']);
/** Coarse language: counted in professionalism with exactly the hits that become profanity and insult flags. */
export const FOUL_CATEGORIES: ReadonlySet<FlagCategory> = new Set(['profanity', 'insult']);
const SELLING_CATEGORIES: ReadonlySet<FlagCategory> = new Set(['undisclosed_sponsorship', 'gambling', 'scam']);
const MIN_UNIT_WORDS = 3;
const STRONG_NEGATIVE = -0.5;
/** Below this sentiment score a text reads as negative; milder scores are mostly lexicon noise ("cut costs"). */
const CLEARLY_NEGATIVE = -0.35;

/** Texts that warn, condemn, quote, report or teach: dark words there are the subject, not the writer's mood. */
const PROFESSIONAL_STANCES: ReadonlySet<string> = new Set(['warn', 'condemn', 'quote', 'report', 'teach']);

export function isNegative(field: ProfileField): boolean {
  if (field.read !== undefined && PROFESSIONAL_STANCES.has(field.read.reading.stance)) return false;
  return (field.sentiment?.score ?? 0) <= CLEARLY_NEGATIVE;
}

function hitsOf(field: ProfileField, categories: ReadonlySet<FlagCategory>): RiskHit[] {
  return field.risks.filter((hit) => categories.has(hit.category));
}

/** Posts and about texts long enough to judge. */
export function toneUnits(fields: readonly ProfileField[]): ProfileField[] {
  return fields.filter((field) => (field.kind === 'post' || field.kind === 'about') && field.words.length >= MIN_UNIT_WORDS);
}

export interface StyleCounts {
  words: number;
  informal: number;
  emoji: number;
  exclamations: number;
  shouted: number;
  profanity: number;
}

function styleCounts(fields: readonly ProfileField[]): StyleCounts {
  const counts: StyleCounts = { words: 0, informal: 0, emoji: 0, exclamations: 0, shouted: 0, profanity: 0 };
  for (const field of fields) {
    counts.words += field.words.length;
    counts.informal += field.informal.length;
    counts.emoji += field.emojiCount;
    counts.exclamations += field.exclamationCount;
    counts.shouted += field.shouted.length;
    counts.profanity += hitsOf(field, FOUL_CATEGORIES).length;
  }
  return counts;
}

/** 100 minus style penalties scaled by the platform's strictness; profanity costs on every platform. */
export function professionalismScore(counts: StyleCounts, platform: Platform): number {
  if (counts.words === 0) return 100;
  const strictness = PLATFORM_STRICTNESS[platform];
  const perWord = (count: number): number => Math.min(1, count / counts.words);
  const style = perWord(counts.informal) * 200 + perWord(counts.emoji) * 80 + perWord(counts.exclamations) * 80 + perWord(counts.shouted) * 150;
  return clamp(100 - strictness * style - counts.profanity * 12 * (0.5 + strictness / 2));
}

export function professionalismComponent(fields: readonly ProfileField[], msg: Messages): Measured | undefined {
  const content = contentFields(fields);
  const total = styleCounts(content);
  if (total.words < MIN_UNIT_WORDS) return undefined;
  const bySource = groupBySource(content);
  let weighted = 0;
  for (const sourceFields of bySource.values()) {
    const counts = styleCounts(sourceFields);
    weighted += professionalismScore(counts, sourceFields[0].platform) * counts.words;
  }
  const evidence: Evidence[] = [];
  for (const field of content) {
    const spans = [
      ...hitsOf(field, FOUL_CATEGORIES),
      ...field.shouted,
      ...field.informal,
    ];
    for (const span of spans) if (evidence.length < MAX_COMPONENT_EVIDENCE) evidence.push(evidenceFor(field, span.start, span.end));
  }
  return {
    key: 'professionalism',
    value: total.words === 0 ? 100 : weighted / total.words,
    explanation: msg.explain.professionalism({ ...total, informalPct: (100 * total.informal) / total.words }),
    evidence,
  };
}

export function isAttack(field: ProfileField): boolean {
  if (hitsOf(field, ATTACK_CATEGORIES).length > 0) return true;
  return isNegative(field) && hasCue(field, 'workWords') && hasCue(field, 'complaintWords');
}

export function sentimentComponent(fields: readonly ProfileField[], msg: Messages): Measured | undefined {
  const units = toneUnits(fields);
  if (units.length === 0) return undefined;
  const negative = units.filter(isNegative);
  const attacks = units.filter(isAttack);
  const value = clamp(100 - (50 * negative.length) / units.length - (100 * attacks.length) / units.length);
  const evidence = [...attacks, ...negative.filter((field) => !attacks.includes(field))]
    .slice(0, MAX_COMPONENT_EVIDENCE)
    .map((field) => evidenceForNegative(field));
  return {
    key: 'sentiment',
    value,
    explanation: msg.explain.sentiment({ units: units.length, negative: negative.length, attacks: attacks.length }),
    evidence,
  };
}

function evidenceForNegative(field: ProfileField): Evidence {
  const hit = hitsOf(field, ATTACK_CATEGORIES)[0];
  if (hit) return evidenceFor(field, hit.start, hit.end);
  const strongest = field.sentiment?.evidence.reduce((low, item) => (item.weight < low.weight ? item : low), field.sentiment.evidence[0]);
  if (strongest) return evidenceFor(field, strongest.start, strongest.end);
  const first = field.words[0];
  return evidenceFor(field, first.start, first.end);
}

/** Signs of writing in anger: strong negativity, !! runs, shouting, profanity or insults. */
export function outburstSigns(field: ProfileField): number {
  let signs = 0;
  if ((field.sentiment?.score ?? 0) <= STRONG_NEGATIVE) signs += 1;
  if (field.exclamationRuns > 0) signs += 1;
  if (field.shouted.length > 0) signs += 1;
  if (field.risks.some((hit) => hit.category === 'profanity' || ATTACK_CATEGORIES.has(hit.category))) signs += 1;
  return signs;
}

export function emotionalControlComponent(fields: readonly ProfileField[], msg: Messages): Measured | undefined {
  const units = toneUnits(fields);
  if (units.length === 0) return undefined;
  const outbursts = units.filter((field) => outburstSigns(field) >= 2);
  return {
    key: 'emotional_control',
    value: clamp(100 - (150 * outbursts.length) / units.length),
    explanation: msg.explain.emotionalControl({ units: units.length, outbursts: outbursts.length }),
    evidence: outbursts.slice(0, MAX_COMPONENT_EVIDENCE).map((field) => evidenceForNegative(field)),
  };
}

/**
 * A hard sell: a gambling, scam or undisclosed-sponsorship passage, or two distinct selling cues of which at
 * least one is a strong one ("promo", "link in bio"); weak ones ("buy", "harga") alone are ordinary words.
 */
export function isHardSelling(field: ProfileField): boolean {
  if (field.risks.some((hit) => SELLING_CATEGORIES.has(hit.category))) return true;
  // Asked several times per field: most fields have no strong cue, and then need no sets.
  if (!hasCue(field, 'promoCues')) return false;
  const strong = new Set(cuesOf(field, 'promoCues').map((cue) => cue.phrase));
  const weak = new Set(cuesOf(field, 'promoWeakCues').map((cue) => cue.phrase));
  return strong.size + weak.size >= 2;
}

const ACCEPTABLE_SELLING_SHARE = 0.2;

export function promotionScore(sellingShare: number): number {
  return sellingShare <= ACCEPTABLE_SELLING_SHARE ? 100 : clamp(100 - (sellingShare - ACCEPTABLE_SELLING_SHARE) * 125);
}

export function promotionComponent(fields: readonly ProfileField[], msg: Messages): Measured | undefined {
  const units = toneUnits(fields);
  if (units.length === 0) return undefined;
  const selling = units.filter(isHardSelling);
  const evidence = selling.slice(0, MAX_COMPONENT_EVIDENCE).map((field) => {
    const span = hitsOf(field, SELLING_CATEGORIES)[0] ?? cuesOf(field, 'promoCues')[0];
    return evidenceFor(field, span.start, span.end);
  });
  return {
    key: 'promotion',
    value: promotionScore(selling.length / units.length),
    explanation: msg.explain.promotion({ units: units.length, selling: selling.length }),
    evidence,
  };
}
