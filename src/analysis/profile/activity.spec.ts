import { messagesFor } from '../report/messages';
import type { Profile } from '../types';
import { activityComponent, activityFacts, isoDay, recencyScore, regularityScore } from './activity';
import { ENGINE_ANALYZERS } from './analyzers';
import { analyzeProfileFields } from './fields';

function profileWithDates(dates: (string | undefined)[][]): Profile {
  return {
    sources: dates.map((sourceDates, index) => ({
      platform: index === 0 ? 'linkedin' : 'x',
      posts: sourceDates.map((postedAt, post) => ({ text: `Post number ${post} about SQL.`, postedAt })),
    })),
  };
}

describe('activity', () => {
  it('parses ISO dates and date-times to day numbers, rejecting impossible dates', () => {
    expect(isoDay('1970-01-02')).toBe(1);
    expect(isoDay('2026-03-02T10:00:00Z')).toBe(isoDay('2026-03-02'));
    expect(isoDay('2026-02-30')).toBeUndefined();
    expect(isoDay('yesterday')).toBeUndefined();
  });

  it('scores recency linearly from 30 to 180 days', () => {
    expect(recencyScore(0)).toBe(100);
    expect(recencyScore(30)).toBe(100);
    expect(recencyScore(105)).toBe(50);
    expect(recencyScore(400)).toBe(0);
  });

  it('rewards even, frequent gaps over bursts and long silences', () => {
    expect(regularityScore([7, 7, 7]).score).toBe(100);
    expect(regularityScore([1, 1, 1, 150]).score).toBeLessThan(50);
    expect(regularityScore([90, 90, 90]).score).toBeCloseTo(30, 5);
  });

  it('measures recency per source against the newest date in the profile, not the clock', () => {
    const fields = analyzeProfileFields(profileWithDates([['2026-01-01', '2026-01-08', '2026-01-15'], ['2026-07-15']]), ENGINE_ANALYZERS);
    const facts = activityFacts(fields);
    expect(facts.datedPosts).toBe(4);
    expect(facts.recency?.worstDays).toBe(181);
    expect(facts.recency?.score).toBe(50);
    expect(facts.regularity?.medianGap).toBe(7);
  });

  it('uses a reference date when one is given', () => {
    const fields = analyzeProfileFields(profileWithDates([['2026-01-01']]), ENGINE_ANALYZERS);
    expect(activityFacts(fields, '2026-01-31').recency?.score).toBe(100);
    expect(activityFacts(fields, '2026-12-31').recency?.score).toBe(0);
  });

  it('does not measure recency of a single dated profile without a reference date', () => {
    const fields = analyzeProfileFields(profileWithDates([['2026-01-01', '2026-01-08']]), ENGINE_ANALYZERS);
    expect(activityFacts(fields).recency).toBeUndefined();
    expect(activityComponent(fields, messagesFor('en'))).toBeUndefined();
  });

  it('leaves activity out when no post is dated', () => {
    const fields = analyzeProfileFields(profileWithDates([[undefined, undefined]]), ENGINE_ANALYZERS);
    expect(activityComponent(fields, messagesFor('en'))).toBeUndefined();
  });
});
