import type { ProfileAnalysis } from '../profile/analyze';
import type { Claim, Contradiction } from '../profile/claims';
import type { ProfileField } from '../profile/fields';
import { evidenceFor, textWithoutProtected } from '../profile/evidence';
import type { RiskHit } from '../risk/types';
import { FLAG_CATEGORIES, SEVERITIES, type Evidence, type Flag, type FlagCategory, type Platform, type Severity } from '../types';
import type { Messages } from './messages/types';

const MAX_FLAG_EVIDENCE = 10;
const CONTRADICTION_SEVERITY: Record<Contradiction['kind'], Severity> = { seniority: 'warning', role: 'warning', years: 'warning', employer: 'info', location: 'info' };

type UnnumberedFlag = Omit<Flag, 'id'>;

interface HitGroup {
  source: number;
  platform: Platform;
  category: FlagCategory;
  severity: Severity;
  hits: { hit: RiskHit; field: ProfileField }[];
}

function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/** One flag per category per source, from every risk hit in that source's fields. */
function riskFlags(analysis: ProfileAnalysis, msg: Messages): UnnumberedFlag[] {
  const groups = new Map<string, HitGroup>();
  for (const field of analysis.fields) {
    for (const hit of field.risks) {
      const key = `${field.source}:${hit.category}`;
      let group = groups.get(key);
      if (!group) {
        group = { source: field.source, platform: field.platform, category: hit.category, severity: hit.severity, hits: [] };
        groups.set(key, group);
      }
      if (severityRank(hit.severity) > severityRank(group.severity)) group.severity = hit.severity;
      group.hits.push({ hit, field });
    }
  }
  return [...groups.values()].map((group) => {
    const strongest = group.hits.reduce((top, item) => (severityRank(item.hit.severity) > severityRank(top.hit.severity) ? item : top), group.hits[0]);
    return {
      category: group.category,
      severity: group.severity,
      message: msg.flag.risk({ category: group.category, platform: group.platform, count: group.hits.length, reason: strongest.hit.reason[msg.locale] }),
      evidence: group.hits.slice(0, MAX_FLAG_EVIDENCE).map((item) => evidenceFor(item.field, item.hit.start, item.hit.end)),
    };
  });
}

function engagementFlags(analysis: ProfileAnalysis, msg: Messages): UnnumberedFlag[] {
  return analysis.engagement
    .filter((fact) => fact.lowEngagement || fact.followBack)
    .map((fact) => ({
      category: 'engagement_anomaly' as const,
      severity: 'warning' as const,
      message: msg.flag.engagement({
        platform: fact.platform,
        ratePct: fact.rate * 100,
        normPct: fact.norm * 100,
        followers: fact.followers,
        following: fact.following,
        lowEngagement: fact.lowEngagement,
        followBack: fact.followBack,
      }),
      evidence: [fact.evidence],
    }));
}

export function claimsText(claims: readonly Claim[]): string {
  return claims.map((claim) => claim.surface.trim()).join(' … ');
}

export function contradictionParams(contradiction: Contradiction) {
  return {
    kind: contradiction.kind,
    firstPlatform: contradiction.first[0].field.platform,
    first: claimsText(contradiction.first),
    secondPlatform: contradiction.second[0].field.platform,
    second: claimsText(contradiction.second),
  };
}

function claimFlags(analysis: ProfileAnalysis, msg: Messages): UnnumberedFlag[] {
  const contradictionFlags = analysis.contradictions.map((contradiction) => ({
    category: 'inconsistent_claims' as const,
    severity: CONTRADICTION_SEVERITY[contradiction.kind],
    message: msg.flag.contradiction(contradictionParams(contradiction)),
    evidence: [...contradiction.first, ...contradiction.second].map((claim) => evidenceFor(claim.field, claim.start, claim.end)),
  }));
  const nameFlags = analysis.nameMismatches
    .filter((mismatch) => mismatch.a.nameField && mismatch.b.nameField)
    .map((mismatch) => {
      const a = mismatch.a.nameField!;
      const b = mismatch.b.nameField!;
      return {
        category: 'inconsistent_claims' as const,
        severity: 'info' as const,
        message: msg.flag.nameMismatch({ aPlatform: a.platform, aName: textWithoutProtected(a.text), bPlatform: b.platform, bName: textWithoutProtected(b.text) }),
        evidence: [evidenceFor(a, 0, a.text.original.length), evidenceFor(b, 0, b.text.original.length)],
      };
    });
  return [...contradictionFlags, ...nameFlags];
}

function firstEvidenceOrder(flag: UnnumberedFlag): [number, string, number] {
  const first = flag.evidence[0];
  return first ? [first.source, first.field, first.start] : [Number.MAX_SAFE_INTEGER, '', 0];
}

function compareFlags(a: UnnumberedFlag, b: UnnumberedFlag): number {
  const bySeverity = severityRank(b.severity) - severityRank(a.severity);
  if (bySeverity !== 0) return bySeverity;
  const byCategory = FLAG_CATEGORIES.indexOf(a.category) - FLAG_CATEGORIES.indexOf(b.category);
  if (byCategory !== 0) return byCategory;
  const [sourceA, fieldA, startA] = firstEvidenceOrder(a);
  const [sourceB, fieldB, startB] = firstEvidenceOrder(b);
  return sourceA - sourceB || (fieldA < fieldB ? -1 : fieldA > fieldB ? 1 : 0) || startA - startB;
}

/** All flags, most severe first, with ids numbered per category ('gambling-1'). */
export function buildFlags(analysis: ProfileAnalysis, msg: Messages): Flag[] {
  const flags = [...riskFlags(analysis, msg), ...engagementFlags(analysis, msg), ...claimFlags(analysis, msg)].sort(compareFlags);
  const counters = new Map<FlagCategory, number>();
  return flags.map((flag) => {
    const next = (counters.get(flag.category) ?? 0) + 1;
    counters.set(flag.category, next);
    return { id: `${flag.category}-${next}`, ...flag };
  });
}
