import type { Profile } from '../types';
import { ENGINE_ANALYZERS } from './analyzers';
import { extractClaims, findContradictions, seniorityOf, type Claim } from './claims';
import { analyzeProfileFields } from './fields';

function claimsOf(profile: Profile): { claims: Claim[]; fields: ReturnType<typeof analyzeProfileFields> } {
  const fields = analyzeProfileFields(profile, ENGINE_ANALYZERS);
  return { claims: fields.flatMap(extractClaims), fields };
}

function valuesOf(claims: readonly Claim[], kind: Claim['kind']): string[] {
  return claims.filter((claim) => claim.kind === kind).map((claim) => claim.value);
}

describe('claims extraction', () => {
  it('reads role, seniority, years and employer from a headline', () => {
    const { claims } = claimsOf({ sources: [{ platform: 'linkedin', headline: 'Senior Backend Engineer at Gojek | 8 years building payment systems' }] });
    expect(valuesOf(claims, 'role')).toEqual(['role-backend-engineer']);
    expect(valuesOf(claims, 'seniority')).toEqual(['senior']);
    expect(valuesOf(claims, 'years')).toEqual(['8']);
    expect(claims.find((claim) => claim.kind === 'employer')?.surface).toBe('Gojek');
  });

  it('reads entry-level claims and a graduation year', () => {
    const { claims } = claimsOf({ sources: [{ platform: 'github', about: 'Fresh graduate 2025, learning React and UI design. Open to internships.' }] });
    expect(valuesOf(claims, 'seniority')).toEqual(['entry', 'entry']);
    expect(valuesOf(claims, 'graduationYear')).toEqual(['2025']);
    expect(claims.filter((claim) => seniorityOf(claim) === 'entry')).toHaveLength(3);
  });

  it('reads Indonesian experience and employers, and does not mistake places for employers', () => {
    const { claims } = claimsOf({
      sources: [{ platform: 'linkedin', about: 'Berpengalaman 5 tahun di bidang administrasi perkantoran. Saat ini bekerja di PT Maju Jaya, tinggal di Bekasi.' }],
    });
    expect(valuesOf(claims, 'years')).toEqual(['5']);
    expect(claims.filter((claim) => claim.kind === 'employer').map((claim) => claim.surface)).toEqual(['PT Maju Jaya']);
    expect(valuesOf(claims, 'location')).toEqual(['bekasi']);
  });

  it('does not read ages or "years ago" as experience', () => {
    const { claims } = claimsOf({ sources: [{ platform: 'x', about: 'Moved to Bandung 3 years ago. My cat is 4 years old.' }] });
    expect(valuesOf(claims, 'years')).toEqual([]);
  });

  it('ignores posts: only headlines and about texts make claims', () => {
    const { claims } = claimsOf({ sources: [{ platform: 'linkedin', posts: [{ text: 'Anyone hiring a senior backend engineer? 8 years here.' }] }] });
    expect(claims).toEqual([]);
  });
});

describe('contradictions', () => {
  it('finds senior vs fresh graduate across sources and cites both sides', () => {
    const { claims, fields } = claimsOf({
      sources: [
        { platform: 'linkedin', headline: 'Senior Backend Engineer at Gojek | 8 years building payment systems' },
        { platform: 'github', about: 'Fresh graduate 2025, learning React and UI design. Open to internships.' },
      ],
    });
    const contradictions = findContradictions(claims, fields);
    const seniority = contradictions.find((item) => item.kind === 'seniority');
    expect(seniority?.first.map((claim) => claim.surface)).toEqual(['Senior', '8 years']);
    expect(seniority?.second.map((claim) => claim.surface)).toContain('Fresh graduate');
    const role = contradictions.find((item) => item.kind === 'role');
    expect(role?.first[0].surface).toBe('Backend Engineer');
    expect(role?.second.map((claim) => claim.surface)).toEqual(['React', 'UI design']);
  });

  it('accepts related work areas and a single stray tool', () => {
    const { claims, fields } = claimsOf({
      sources: [
        { platform: 'linkedin', headline: 'Data Analyst | SQL, Python & Power BI' },
        { platform: 'github', about: 'Python, SQL, dashboards and forecasting.' },
        { platform: 'x', about: 'Weekend photographer. Figma.' },
      ],
    });
    expect(findContradictions(claims, fields)).toEqual([]);
  });

  it('finds no contradiction in a consistent profile', () => {
    const { claims, fields } = claimsOf({
      sources: [
        { platform: 'linkedin', headline: 'Senior Data Analyst', about: '7 years in retail analytics.' },
        { platform: 'github', about: 'Data analyst. SQL and Python.' },
      ],
    });
    expect(findContradictions(claims, fields)).toEqual([]);
  });

  it('finds years of experience that disagree by three or more', () => {
    const { claims, fields } = claimsOf({
      sources: [
        { platform: 'linkedin', about: 'Accountant with 10 years of experience.' },
        { platform: 'website', about: 'Akuntan, pengalaman 3 tahun.' },
      ],
    });
    expect(findContradictions(claims, fields).map((item) => item.kind)).toContain('years');
  });

  it('notes different current employers in two headlines as an employer contradiction', () => {
    const { claims, fields } = claimsOf({
      sources: [
        { platform: 'linkedin', headline: 'Data Analyst at Tokopedia' },
        { platform: 'x', headline: 'Data analyst at Bukalapak' },
      ],
    });
    const employer = findContradictions(claims, fields).find((item) => item.kind === 'employer');
    expect(employer?.first[0].surface).toBe('Tokopedia');
    expect(employer?.second[0].surface).toBe('Bukalapak');
  });
});
