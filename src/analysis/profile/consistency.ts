import type { Evidence, Platform } from '../types';
import type { Messages } from '../report/messages/types';
import type { Claim, Contradiction } from './claims';
import { MAX_COMPONENT_EVIDENCE, type Measured } from './component';
import { tokenSurface } from './cues';
import { evidenceFor } from './evidence';
import { contentFields, groupBySource, type ProfileField } from './fields';
import { identitySimilarity, jaccard, mean, clamp } from './similarity';
import type { Token } from '../text/types';
import abbreviations from '../text/lexicons/abbreviations.json';

/** Titles and degree pieces written around a name ("Ns.", "Ners", "apt.", "dr.", "S.Kep.", "M.M."). */
const NAME_TITLES: ReadonlySet<string> = new Set([...abbreviations.entries.titles, ...abbreviations.entries.degrees]);
import { familiesRelated } from './taxonomy';

/** A source's name and handle as lower-case letter runs. */
export interface SourceIdentity {
  source: number;
  platform: Platform;
  nameParts: string[];
  handleParts: string[];
  nameField?: ProfileField;
}

/** Two sources whose display names hardly match (at most an info flag: people use nicknames). */
export interface NameMismatch {
  a: SourceIdentity;
  b: SourceIdentity;
  similarity: number;
}

const NAME_MISMATCH_BELOW = 0.6;

function letterRuns(value: string): string[] {
  const runs: string[] = [];
  let run = '';
  for (const char of value.toLowerCase()) {
    if (char.toLowerCase() !== char.toUpperCase()) {
      run += char;
      continue;
    }
    if (run) runs.push(run);
    run = '';
  }
  if (run) runs.push(run);
  return runs;
}

/** Where a display name's tagline or list of titles begins: "Wulan | Hijab Murah", "Fikri, S.T.", "Nabila 🌿 Skincare". */
const NAME_ENDS: ReadonlySet<string> = new Set([',', '|', '•', '·', '(', '/', ':', '–', '—']);

/** The person's name in a display name: the words before a tagline, without titles ("Ns.", "apt.", "S.Kep."). */
export function nameTokens(field: ProfileField): Token[] {
  const tokens: Token[] = [];
  for (const token of field.text.scoringTokens) {
    if (token.kind === 'emoji' || (token.kind === 'punct' && NAME_ENDS.has(token.norm))) break;
    if (token.kind !== 'word') continue;
    if (NAME_TITLES.has(field.text.original.slice(token.start, token.end).toLowerCase())) continue;
    tokens.push(token);
  }
  return tokens;
}

function identityParts(field: ProfileField | undefined): string[] {
  if (!field) return [];
  const tokens = field.kind === 'displayName' ? nameTokens(field) : field.text.scoringTokens;
  return tokens.flatMap((token) => letterRuns(tokenSurface(field.text, token)));
}

export function sourceIdentities(fields: readonly ProfileField[], platforms: readonly Platform[]): SourceIdentity[] {
  return platforms.map((platform, source) => {
    const nameField = fields.find((field) => field.source === source && field.kind === 'displayName');
    const handleField = fields.find((field) => field.source === source && field.kind === 'handle');
    return { source, platform, nameParts: identityParts(nameField), handleParts: identityParts(handleField), nameField };
  });
}

function pairSimilarity(a: SourceIdentity, b: SourceIdentity): number | undefined {
  const scores: number[] = [];
  if (a.nameParts.length > 0 && b.nameParts.length > 0) scores.push(identitySimilarity(a.nameParts, b.nameParts));
  if (a.handleParts.length > 0 && b.handleParts.length > 0) scores.push(identitySimilarity(a.handleParts, b.handleParts));
  if (scores.length === 0) {
    const left = a.nameParts.length > 0 ? a.nameParts : a.handleParts;
    const right = b.nameParts.length > 0 ? b.nameParts : b.handleParts;
    if (left.length > 0 && right.length > 0) scores.push(identitySimilarity(left, right));
  }
  return scores.length === 0 ? undefined : mean(scores);
}

export function identityComponent(identities: readonly SourceIdentity[], msg: Messages): Measured | undefined {
  const pairs: number[] = [];
  for (let i = 0; i < identities.length; i += 1) {
    for (let j = i + 1; j < identities.length; j += 1) {
      const similarity = pairSimilarity(identities[i], identities[j]);
      if (similarity !== undefined) pairs.push(similarity);
    }
  }
  if (pairs.length === 0) return undefined;
  const value = 100 * mean(pairs);
  const evidence = identities
    .filter((identity) => identity.nameField)
    .slice(0, MAX_COMPONENT_EVIDENCE)
    .map((identity) => evidenceFor(identity.nameField as ProfileField, 0, (identity.nameField as ProfileField).text.original.length));
  return { key: 'identity', value, explanation: msg.explain.identity({ pairs: pairs.length, similarityPct: value }), evidence };
}

/** Display names that match, directly or through another source's fuller name ("Tina" ~ "Kristina" ~ "Kris"). */
function sameNameGroups(identities: readonly SourceIdentity[]): number[] {
  const group = identities.map((_, index) => index);
  const root = (index: number): number => (group[index] === index ? index : (group[index] = root(group[index])));
  for (let i = 0; i < identities.length; i += 1) {
    for (let j = i + 1; j < identities.length; j += 1) {
      const a = identities[i];
      const b = identities[j];
      if (a.nameParts.length > 0 && b.nameParts.length > 0 && identitySimilarity(a.nameParts, b.nameParts) >= NAME_MISMATCH_BELOW) group[root(j)] = root(i);
    }
  }
  return identities.map((_, index) => root(index));
}

export function nameMismatches(identities: readonly SourceIdentity[]): NameMismatch[] {
  const groups = sameNameGroups(identities);
  const mismatches: NameMismatch[] = [];
  for (let i = 0; i < identities.length; i += 1) {
    for (let j = i + 1; j < identities.length; j += 1) {
      const a = identities[i];
      const b = identities[j];
      if (a.nameParts.length === 0 || b.nameParts.length === 0 || groups[i] === groups[j]) continue;
      mismatches.push({ a, b, similarity: identitySimilarity(a.nameParts, b.nameParts) });
    }
  }
  return mismatches;
}

const CONTRADICTION_PENALTY: Record<Contradiction['kind'], number> = { seniority: 45, role: 35, years: 30, employer: 15, location: 10 };

export function claimsScore(contradictions: readonly Contradiction[]): number {
  return clamp(100 - contradictions.reduce((sum, contradiction) => sum + CONTRADICTION_PENALTY[contradiction.kind], 0));
}

export function claimsComponent(claims: readonly Claim[], contradictions: readonly Contradiction[], msg: Messages): Measured | undefined {
  if (claims.length < 2) return undefined;
  const evidence: Evidence[] = contradictions.length > 0
    ? contradictions.flatMap((contradiction) => [contradiction.first[0], contradiction.second[0]])
        .map((claim) => evidenceFor(claim.field, claim.start, claim.end))
    : claims.slice(0, MAX_COMPONENT_EVIDENCE).map((claim) => evidenceFor(claim.field, claim.start, claim.end));
  return {
    key: 'claims',
    value: claimsScore(contradictions),
    explanation: msg.explain.claims({ claims: claims.length, contradictions: contradictions.map((contradiction) => contradiction.kind) }),
    evidence: evidence.slice(0, MAX_COMPONENT_EVIDENCE),
  };
}

export interface NicheFacts {
  dominantFamily: string;
  onNicheShare: number;
  sourceOverlap?: number;
  offNicheSources: number[];
  units: number;
}

const CORE_FAMILY_SHARE = 0.5;

/** Per source, the families named at least half as often as its most named family (its own core topics). */
function coreFamiliesBySource(fields: readonly ProfileField[]): Map<number, Set<string>> {
  const counts = new Map<number, Map<string, number>>();
  for (const field of fields) {
    const sourceCounts = counts.get(field.source) ?? new Map<string, number>();
    for (const mention of field.mentions) sourceCounts.set(mention.entry.family, (sourceCounts.get(mention.entry.family) ?? 0) + 1);
    counts.set(field.source, sourceCounts);
  }
  const core = new Map<number, Set<string>>();
  for (const [source, sourceCounts] of counts) {
    const top = Math.max(...sourceCounts.values());
    core.set(source, new Set([...sourceCounts.entries()].filter(([, count]) => count >= top * CORE_FAMILY_SHARE).map(([family]) => family)));
  }
  return core;
}

function unitFamilies(field: ProfileField): Set<string> {
  return new Set(field.mentions.map((mention) => mention.entry.family));
}

export function nicheFacts(fields: readonly ProfileField[]): NicheFacts | undefined {
  const units = contentFields(fields)
    .map((field) => ({ field, families: unitFamilies(field) }))
    .filter((unit) => unit.families.size > 0);
  if (units.length === 0) return undefined;
  const unitCount = new Map<string, number>();
  for (const unit of units) for (const family of unit.families) unitCount.set(family, (unitCount.get(family) ?? 0) + 1);
  let dominantFamily = '';
  let best = 0;
  for (const [family, count] of unitCount) {
    if (count > best) {
      best = count;
      dominantFamily = family;
    }
  }
  const isOnNiche = (families: ReadonlySet<string>): boolean => [...families].some((family) => familiesRelated(family, dominantFamily));
  const onNiche = units.filter((unit) => isOnNiche(unit.families)).length;
  const bySource = coreFamiliesBySource(units.map((unit) => unit.field));
  const sourceSets = [...bySource.entries()].sort((a, b) => a[0] - b[0]);
  const overlaps: number[] = [];
  for (let i = 0; i < sourceSets.length; i += 1) {
    for (let j = i + 1; j < sourceSets.length; j += 1) overlaps.push(jaccard(sourceSets[i][1], sourceSets[j][1]));
  }
  return {
    dominantFamily,
    onNicheShare: onNiche / units.length,
    sourceOverlap: overlaps.length > 0 ? mean(overlaps) : undefined,
    offNicheSources: sourceSets.filter(([, families]) => !isOnNiche(families)).map(([source]) => source),
    units: units.length,
  };
}

/** `facts`: nicheFacts(fields), when the caller already has them. */
export function nicheComponent(fields: readonly ProfileField[], msg: Messages, facts = nicheFacts(fields)): Measured | undefined {
  if (!facts) return undefined;
  const value = facts.sourceOverlap === undefined ? 100 * facts.onNicheShare : 50 * facts.onNicheShare + 50 * facts.sourceOverlap;
  const evidence = contentFields(fields)
    .filter((field) => facts.offNicheSources.includes(field.source) && field.mentions.length > 0)
    .slice(0, MAX_COMPONENT_EVIDENCE)
    .map((field) => evidenceFor(field, field.mentions[0].start, field.mentions[0].end));
  return {
    key: 'niche',
    value,
    explanation: msg.explain.niche({
      family: facts.dominantFamily,
      onNichePct: 100 * facts.onNicheShare,
      overlapPct: facts.sourceOverlap === undefined ? undefined : 100 * facts.sourceOverlap,
      units: facts.units,
    }),
    evidence,
  };
}

/** Share of formal words each platform's audience expects. */
const EXPECTED_FORMALITY: Record<Platform, number> = {
  linkedin: 0.97,
  github: 0.95,
  website: 0.95,
  x: 0.9,
  facebook: 0.9,
  other: 0.9,
  instagram: 0.85,
  tiktok: 0.8,
};
const MIN_VOICE_WORDS = 3;

export interface VoiceFit {
  source: number;
  platform: Platform;
  formality: number;
  score: number;
  informal: { field: ProfileField; start: number; end: number }[];
}

export function voiceFits(fields: readonly ProfileField[]): VoiceFit[] {
  const bySource = groupBySource(contentFields(fields));
  const fits: VoiceFit[] = [];
  for (const [source, sourceFields] of [...bySource.entries()].sort((a, b) => a[0] - b[0])) {
    const words = sourceFields.reduce((sum, field) => sum + field.words.length, 0);
    if (words < MIN_VOICE_WORDS) continue;
    const informal = sourceFields.flatMap((field) => field.informal.map((token) => ({ field, start: token.start, end: token.end })));
    const formality = 1 - informal.length / words;
    const platform = sourceFields[0].platform;
    const score = clamp(100 - Math.max(0, EXPECTED_FORMALITY[platform] - formality) * 300);
    fits.push({ source, platform, formality, score, informal });
  }
  return fits;
}

/** `fits`: voiceFits(fields), when the caller already has them. */
export function voiceComponent(fields: readonly ProfileField[], msg: Messages, fits = voiceFits(fields)): Measured | undefined {
  if (fits.length === 0) return undefined;
  const worst = fits.reduce((low, fit) => (fit.score < low.score ? fit : low), fits[0]);
  return {
    key: 'voice',
    value: mean(fits.map((fit) => fit.score)),
    explanation: msg.explain.voice({ sources: fits.length, worstPlatform: worst.platform, worstInformalPct: Math.max(0, 100 * (1 - worst.formality)) }),
    evidence: worst.informal.slice(0, MAX_COMPONENT_EVIDENCE).map((span) => evidenceFor(span.field, span.start, span.end)),
  };
}
