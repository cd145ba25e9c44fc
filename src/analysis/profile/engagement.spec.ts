import { messagesFor } from '../report/messages';
import type { Profile } from '../types';
import { engagementComponent, engagementFacts, engagementScore } from './engagement';

const msg = messagesFor('en');

describe('engagement', () => {
  it('flags 25,000 followers with 12 likes as far below the platform norm', () => {
    const profile: Profile = { sources: [{ platform: 'instagram', metrics: { followers: 25_000, following: 7_400, avgLikes: 12, avgComments: 1 } }] };
    const [fact] = engagementFacts(profile, msg);
    expect(fact.rate).toBeCloseTo(13 / 25_000, 10);
    expect(fact.lowEngagement).toBe(true);
    expect(fact.followBack).toBe(true);
    expect(fact.evidence.field).toBe('metrics');
    expect(fact.evidence.excerpt).toContain('followers 25,000');
    expect(engagementScore(fact)).toBeLessThan(5);
  });

  it('rates healthy engagement at or above the norm as full marks', () => {
    const profile: Profile = { sources: [{ platform: 'linkedin', metrics: { followers: 1_840, following: 610, avgLikes: 95, avgComments: 14 } }] };
    const [fact] = engagementFacts(profile, msg);
    expect(fact.lowEngagement).toBe(false);
    expect(fact.followBack).toBe(false);
    expect(engagementScore(fact)).toBe(100);
  });

  it('falls back to per-post likes and comments when averages are missing', () => {
    const profile: Profile = {
      sources: [{ platform: 'x', metrics: { followers: 1_000 }, posts: [{ text: 'a', likes: 10, comments: 2 }, { text: 'b', likes: 6 }] }],
    };
    const [fact] = engagementFacts(profile, msg);
    expect(fact.interactions).toBe(10);
  });

  it('does not judge small accounts as anomalies', () => {
    const profile: Profile = { sources: [{ platform: 'instagram', metrics: { followers: 300, avgLikes: 0 } }] };
    expect(engagementFacts(profile, msg)[0].lowEngagement).toBe(false);
  });

  it('is left out when there are no metrics', () => {
    const facts = engagementFacts({ sources: [{ platform: 'linkedin', about: 'Data analyst' }] }, msg);
    expect(facts).toEqual([]);
    expect(engagementComponent(facts, msg)).toBeUndefined();
  });
});
