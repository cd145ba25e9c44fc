import { analyzeText } from '../text';
import { PhraseMatcher, phraseKeys } from './phrase-matcher';

function matches(matcher: PhraseMatcher<string>, text: string): string[] {
  return matcher.findAll(analyzeText(text, { source: 0, field: 'about' }).scoringTokens).map((match) => `${match.value}@${text.slice(match.start, match.end)}`);
}

describe('PhraseMatcher', () => {
  it('splits phrases into token keys, with variants for punctuation and hyphens', () => {
    expect(phraseKeys('power bi')).toEqual([['power', 'bi']]);
    expect(phraseKeys('ui/ux')).toEqual([['ui/ux'], ['ui', '/', 'ux']]);
    expect(phraseKeys('front-end')).toEqual([['front-end'], ['front', 'end']]);
  });

  it('prefers the longest phrase and does not overlap matches', () => {
    const matcher = new PhraseMatcher<string>();
    matcher.add('data', 'short');
    matcher.add('data analyst', 'long');
    matcher.add('analyst', 'other');
    expect(matches(matcher, 'Senior data analyst and data person')).toEqual(['long@data analyst', 'short@data']);
  });

  it('matches plural forms of the last word', () => {
    const matcher = new PhraseMatcher<string>();
    matcher.add('dashboard', 'dashboard');
    expect(matches(matcher, 'Built three dashboards.')).toEqual(['dashboard@dashboards']);
  });

  it('reads a plural as its singular only when the plural is no phrase of its own', () => {
    const matcher = new PhraseMatcher<string>();
    matcher.add('analytic', 'singular');
    matcher.add('analytics', 'own');
    matcher.add('class', 'class');
    matcher.add('bus', 'bus');
    expect(matches(matcher, 'analytics and analytic')).toEqual(['own@analytics', 'singular@analytic']);
    // A key ending in 's' has no plural by one more 's' ("buss"), and "classes" is not "class" + 's'.
    expect(matches(matcher, 'classes buss bus')).toEqual(['bus@bus']);
  });

  it('keeps the first value registered for a phrase', () => {
    const matcher = new PhraseMatcher<string>();
    matcher.add('lead', 'first');
    matcher.add('lead', 'second');
    expect(matches(matcher, 'Team lead')).toEqual(['first@lead']);
  });

  it('stays linear on long inputs', () => {
    const matcher = new PhraseMatcher<string>();
    matcher.add('a a a a b', 'never');
    const text = 'a '.repeat(10_000);
    expect(matches(matcher, text)).toEqual([]);
  });
});
