import * as fs from 'fs';
import * as path from 'path';
import { analyzeProfile } from '../profile/analyze';
import { ENGINE_ANALYZERS } from '../profile/analyzers';
import type { Profile } from '../types';
import { messagesFor } from './messages';
import { rewriteHeadline } from './headline';

const EXAMPLES = path.resolve(__dirname, '../../../docs/examples');
const TEMPLATE_WORDS = new Set(['years', 'of', 'experience', 'tahun', 'pengalaman']);

function example(name: string): Profile {
  return JSON.parse(fs.readFileSync(path.join(EXAMPLES, name), 'utf8')) as Profile;
}

function rewrite(profile: Profile, locale: 'en' | 'id' = 'en') {
  const analysis = analyzeProfile(profile, ENGINE_ANALYZERS, { locale }, messagesFor);
  return rewriteHeadline(analysis, ENGINE_ANALYZERS, messagesFor(locale));
}

function profileText(profile: Profile): string {
  return profile.sources
    .flatMap((source) => [source.headline, source.about, ...(source.posts ?? []).map((post) => post.text)])
    .filter((text): text is string => text !== undefined)
    .join(' ')
    .toLowerCase();
}

/** Every word and number of the rewrite must come from the candidate's own text (or the years template). */
function inventedWords(headline: string, profile: Profile): string[] {
  const source = profileText(profile);
  const words = headline.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
  return words.filter((word) => !TEMPLATE_WORDS.has(word) && !source.includes(word));
}

describe('headline rewrite', () => {
  it('builds role | skills | value from an administrator’s own words', () => {
    const profile = example('risky-id.json');
    const result = rewrite(profile, 'id');
    expect(result?.text).toBe('Staf Administrasi | Administrasi Perkantoran | 5 tahun pengalaman');
    expect(result?.score).toBeGreaterThan(40);
    expect(inventedWords(result?.text ?? '', profile)).toEqual([]);
  });

  it('uses a measured achievement as the value when no years are claimed', () => {
    const profile: Profile = {
      sources: [{ platform: 'linkedin', headline: 'Data Analyst', about: 'I work with SQL and Tableau. Built a churn model that cut churn by 12% in one quarter.' }],
    };
    const result = rewrite(profile);
    expect(result?.text).toBe('Data Analyst | SQL & Tableau | cut churn by 12%');
    expect(inventedWords(result?.text ?? '', profile)).toEqual([]);
  });

  it('never invents a role, skill, employer or number for any example', () => {
    for (const name of ['strong-en.json', 'risky-id.json', 'inconsistent-mixed.json']) {
      const profile = example(name);
      const result = rewrite(profile);
      if (result) expect(inventedWords(result.text, profile)).toEqual([]);
    }
  });

  it('leaves out contradicted years of experience', () => {
    const result = rewrite(example('inconsistent-mixed.json'));
    expect(result?.text).toBe('Backend Engineer at Gojek | Golang, Kotlin & Payment Systems');
    expect(result?.text).not.toContain('8 years');
  });

  it('gives no rewrite when the candidate says too little', () => {
    expect(rewrite({ sources: [{ platform: 'instagram', handle: 'someone' }] })).toBeUndefined();
    expect(rewrite({ sources: [{ platform: 'linkedin', about: 'Hello there!' }] })).toBeUndefined();
  });

  it('keeps a seniority word that the candidate puts before the role', () => {
    const profile: Profile = { sources: [{ platform: 'linkedin', headline: 'Senior Data Analyst', about: 'SQL and Python every day. 7 years in retail.' }] };
    expect(rewrite(profile)?.text).toBe('Senior Data Analyst | SQL & Python | 7 years of experience');
  });
});
