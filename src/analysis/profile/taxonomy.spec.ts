import { analyzeText } from '../text';
import { familiesRelated, findTaxonomyMentions } from './taxonomy';
import taxonomyData from './taxonomy/skills.json';

function labels(text: string): string[] {
  return findTaxonomyMentions(analyzeText(text, { source: 0, field: 'about' })).map((mention) => mention.entry.id);
}

describe('skills taxonomy', () => {
  it('has a description, sources and a few hundred aliases', () => {
    expect(taxonomyData.description.length).toBeGreaterThan(20);
    expect(taxonomyData.sources.length).toBeGreaterThan(20);
    const aliases = taxonomyData.entries.reduce((sum, entry) => sum + entry.aliases.length, 0);
    expect(aliases).toBeGreaterThan(500);
    const ids = taxonomyData.entries.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('finds English tools and multi-word names with the longest match', () => {
    expect(labels('Data Analyst | SQL, Python & Power BI')).toEqual(['role-data-analyst', 'sql', 'python', 'power-bi']);
    expect(labels('Golang and Kotlin, some React.')).toEqual(['golang', 'kotlin', 'react']);
  });

  it('finds Indonesian skills and roles', () => {
    expect(labels('Staf Administrasi, mahir analisis data dan akuntansi')).toEqual(['role-admin', 'data-analysis', 'accounting']);
  });

  it('matches plurals and whole tokens only', () => {
    expect(labels('Built dashboards for stores')).toEqual(['data-visualization', 'topic-retail']);
    expect(labels('Sequel to javascriptish nonsense')).toEqual([]);
  });

  it('relates neighbouring families but not distant ones', () => {
    expect(familiesRelated('frontend', 'design')).toBe(true);
    expect(familiesRelated('backend', 'devops')).toBe(true);
    expect(familiesRelated('backend', 'design')).toBe(false);
    expect(familiesRelated('data', 'culinary')).toBe(false);
  });

  it('reads "Go" as Golang only when written so next to other tools', () => {
    expect(labels('Backend stuff. Go, Postgres, Kafka.')).toEqual(['backend-development', 'golang', 'postgresql', 'kafka']);
    expect(labels('Checkout services with Go and PostgreSQL')).toEqual(['golang', 'postgresql']);
    expect(labels("Let's go to the SQL meetup")).toEqual(['sql']);
    expect(labels('Go team! SQL later')).toEqual(['sql']);
  });
});
