import type { Measured } from '../profile/component';
import type { Flag } from '../types';
import { dimensionScore, dimensionValue, grade, MAX_RISK_PENALTY, overallValue, renormalisedWeights, riskPenalty } from './scores';
import { messagesFor } from './messages';

function measured(key: Measured['key'], value: number): Measured {
  return { key, value, explanation: key, evidence: [] };
}

function flag(id: string, category: Flag['category'], severity: Flag['severity']): Flag {
  return { id, category, severity, message: id, evidence: [] };
}

describe('scores', () => {
  it('grades at the documented boundaries', () => {
    expect([85, 84, 70, 69, 55, 54, 40, 39].map(grade)).toEqual(['A', 'B', 'B', 'C', 'C', 'D', 'D', 'E']);
  });

  it('renormalises the weights of measured components to sum to 1', () => {
    const weights = renormalisedWeights([measured('identity', 50), measured('claims', 100)]);
    expect(weights).toEqual([0.4, 0.6]);
    const many = renormalisedWeights([measured('headline', 1), measured('about', 1), measured('skills', 1), measured('portfolio', 1)]);
    expect(many.reduce((sum, weight) => sum + weight, 0)).toBeCloseTo(1, 10);
  });

  it('computes a dimension as the weighted sum of rounded component values', () => {
    expect(dimensionValue([measured('identity', 50), measured('claims', 100)])).toBe(80);
    expect(dimensionValue([])).toBeUndefined();
    const score = dimensionScore([measured('identity', 49.6)], messagesFor('en'));
    expect(score.components[0]).toMatchObject({ key: 'identity', label: 'One identity', value: 50, weight: 1 });
    expect(score.grade).toBe('D');
  });

  it('deducts a capped risk penalty and skips profile-level flags already scored elsewhere', () => {
    const flags = [
      flag('gambling-1', 'gambling', 'critical'),
      flag('scam-1', 'scam', 'critical'),
      flag('hate-1', 'hate', 'critical'),
      flag('insult-1', 'insult', 'warning'),
      flag('engagement_anomaly-1', 'engagement_anomaly', 'warning'),
      flag('inconsistent_claims-1', 'inconsistent_claims', 'warning'),
    ];
    const penalty = riskPenalty(flags);
    expect(penalty.flags).toBe(4);
    expect(penalty.points).toBe(MAX_RISK_PENALTY);
    const shares = [...penalty.byFlag.values()].reduce((sum, share) => sum + share, 0);
    expect(shares).toBeCloseTo(MAX_RISK_PENALTY, 10);
    expect(penalty.byFlag.has('engagement_anomaly-1')).toBe(false);
  });

  it('averages only measurable dimensions and never goes below 0', () => {
    expect(overallValue({ consistency: undefined, tone: 80, professional: 60 }, 0)).toBeCloseTo((0.3 * 80 + 0.4 * 60) / 0.7, 10);
    expect(overallValue({ consistency: 10, tone: 10, professional: 10 }, 45)).toBe(0);
    expect(overallValue({ consistency: undefined, tone: undefined, professional: undefined }, 0)).toBe(0);
  });
});
