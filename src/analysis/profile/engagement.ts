import type { Evidence, Platform, Profile } from '../types';
import type { Messages } from '../report/messages/types';
import type { Measured } from './component';
import { metricsEvidence } from './evidence';
import { clamp, mean } from './similarity';

/** Typical engagement rate per post ((likes + comments) / followers) for ordinary accounts. */
const ENGAGEMENT_NORMS: Record<Platform, number> = {
  linkedin: 0.02,
  instagram: 0.015,
  tiktok: 0.04,
  x: 0.01,
  facebook: 0.01,
  github: 0.01,
  website: 0.01,
  other: 0.01,
};

/** Below this share of the platform norm, engagement is far too low for the audience size. */
const ANOMALY_SHARE_OF_NORM = 0.1;
const ANOMALY_MIN_FOLLOWERS = 1000;
/** Large accounts that follow back a quarter of their audience suggest follow-for-follow growth. */
const FOLLOW_BACK_RATIO = 0.25;
const FOLLOW_BACK_MIN_FOLLOWERS = 10_000;

export interface EngagementFacts {
  source: number;
  platform: Platform;
  followers: number;
  following?: number;
  interactions: number;
  rate: number;
  norm: number;
  lowEngagement: boolean;
  followBack: boolean;
  evidence: Evidence;
}

function averageOf(values: (number | undefined)[]): number | undefined {
  const defined = values.filter((value): value is number => value !== undefined);
  return defined.length === 0 ? undefined : mean(defined);
}

export function engagementFacts(profile: Profile, msg: Messages): EngagementFacts[] {
  const facts: EngagementFacts[] = [];
  profile.sources.forEach((source, index) => {
    const followers = source.metrics?.followers;
    if (followers === undefined || followers <= 0) return;
    const posts = source.posts ?? [];
    const likes = source.metrics?.avgLikes ?? averageOf(posts.map((post) => post.likes));
    const comments = source.metrics?.avgComments ?? averageOf(posts.map((post) => post.comments));
    if (likes === undefined && comments === undefined) return;
    const interactions = (likes ?? 0) + (comments ?? 0);
    const rate = interactions / followers;
    const norm = ENGAGEMENT_NORMS[source.platform];
    const following = source.metrics?.following;
    facts.push({
      source: index,
      platform: source.platform,
      followers,
      following,
      interactions,
      rate,
      norm,
      lowEngagement: followers >= ANOMALY_MIN_FOLLOWERS && rate < norm * ANOMALY_SHARE_OF_NORM,
      followBack: following !== undefined && followers >= FOLLOW_BACK_MIN_FOLLOWERS && following >= followers * FOLLOW_BACK_RATIO,
      evidence: metricsEvidence(index, msg.metricsExcerpt({ followers, following, likes, comments, ratePct: rate * 100 })),
    });
  });
  return facts;
}

export function engagementScore(fact: EngagementFacts): number {
  const base = clamp((100 * fact.rate) / fact.norm);
  return fact.followBack ? clamp(base - 20) : base;
}

export function engagementComponent(facts: readonly EngagementFacts[], msg: Messages): Measured | undefined {
  if (facts.length === 0) return undefined;
  return {
    key: 'engagement',
    value: mean(facts.map(engagementScore)),
    explanation: msg.explain.engagement(
      facts.map((fact) => ({ platform: fact.platform, ratePct: fact.rate * 100, normPct: fact.norm * 100, followBack: fact.followBack })),
    ),
    evidence: facts.map((fact) => fact.evidence),
  };
}
