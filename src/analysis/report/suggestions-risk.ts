import { claimsScore } from '../profile/consistency';
import type { ProfileAnalysis } from '../profile/analyze';
import { engagementScore } from '../profile/engagement';
import { evidenceFor } from '../profile/evidence';
import { mean } from '../profile/similarity';
import type { Evidence, Flag, FlagCategory, Platform } from '../types';
import { contradictionParams } from './flags';
import type { GainEstimator } from './gains';
import type { Messages } from './messages/types';
import { candidate, type Candidate } from './suggestion-candidates';

/** Suggestions that answer a flag, a contradiction or an engagement anomaly: what a recruiter would question. */

const PROFILE_LEVEL: ReadonlySet<FlagCategory> = new Set(['engagement_anomaly', 'inconsistent_claims']);

function flagPlatform(analysis: ProfileAnalysis, flag: Flag): Platform {
  return analysis.profile.sources[flag.evidence[0]?.source ?? 0]?.platform ?? 'other';
}

/** Gambling and scam passages are to be removed, never "disclosed": no #ad example for them. */
function isUnlawfulSelling(analysis: ProfileAnalysis, evidence: Evidence): boolean {
  const field = analysis.fields.find((item) => item.source === evidence.source && item.field === evidence.field);
  return field?.risks.some((hit) => hit.category === 'gambling' || hit.category === 'scam') ?? false;
}

export function riskSuggestions(analysis: ProfileAnalysis, flags: readonly Flag[], gains: GainEstimator, msg: Messages): Candidate[] {
  return flags
    .filter((flag) => !PROFILE_LEVEL.has(flag.category))
    .map((flag) => {
      const text = msg.suggest.risk({ category: flag.category, platform: flagPlatform(analysis, flag), count: flag.evidence.length });
      const disclosable = flag.category === 'undisclosed_sponsorship' ? flag.evidence.find((evidence) => !isUnlawfulSelling(analysis, evidence)) : undefined;
      const example = disclosable ? msg.suggest.sponsorshipExample() : undefined;
      return candidate('risk', gains.ifFlagRemoved(flag), text, flag.evidence, example);
    });
}

export function engagementSuggestions(analysis: ProfileAnalysis, flags: readonly Flag[], gains: GainEstimator, msg: Messages): Candidate[] {
  return analysis.engagement
    .filter((fact) => fact.lowEngagement || fact.followBack)
    .map((fact) => {
      const fixed = mean(analysis.engagement.map((other) => (other === fact ? 100 : engagementScore(other))));
      const flag = flags.find((item) => item.category === 'engagement_anomaly' && item.evidence[0]?.source === fact.source);
      return candidate(
        'professional',
        gains.ifComponents({ engagement: fixed }),
        msg.suggest.engagement({ platform: fact.platform, ratePct: fact.rate * 100, normPct: fact.norm * 100 }),
        flag?.evidence ?? [fact.evidence],
      );
    });
}

export function claimSuggestions(analysis: ProfileAnalysis, gains: GainEstimator, msg: Messages): Candidate[] {
  return analysis.contradictions.map((contradiction) => {
    const others = analysis.contradictions.filter((other) => other !== contradiction);
    return candidate(
      'consistency',
      gains.ifComponents({ claims: claimsScore(others) }),
      msg.suggest.contradiction(contradictionParams(contradiction)),
      [...contradiction.first, ...contradiction.second].map((claim) => evidenceFor(claim.field, claim.start, claim.end)),
    );
  });
}
