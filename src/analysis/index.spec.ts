import { auditProfile, ENGINE_VERSION, PROFILE_LIMITS, type Profile, type Report } from './index';

function allScores(report: Report): number[] {
  const dimensions = [report.scores.consistency, report.scores.tone, report.scores.professional];
  return [report.scores.overall.value, ...dimensions.map((dimension) => dimension.value), ...dimensions.flatMap((dimension) => dimension.components.map((item) => item.value))];
}

function expectWellFormed(report: Report): void {
  expect(report.engineVersion).toBe(ENGINE_VERSION);
  for (const value of allScores(report)) {
    expect(Number.isFinite(value)).toBe(true);
    expect(value).toBeGreaterThanOrEqual(0);
    expect(value).toBeLessThanOrEqual(100);
  }
  for (const dimension of [report.scores.consistency, report.scores.tone, report.scores.professional]) {
    if (dimension.components.length > 0) expect(dimension.components.reduce((sum, item) => sum + item.weight, 0)).toBeCloseTo(1, 6);
  }
  expect(report.recruiterSummary.disclaimer.length).toBeGreaterThan(20);
  expect(new Set(report.flags.map((flag) => flag.id)).size).toBe(report.flags.length);
}

const sentence = 'Data analyst at Tokobaru, I built dashboards in Power BI that cut stock-outs by 18% across 40 stores. ';

describe('auditProfile edge cases', () => {
  it('handles a near-empty profile (one source with only a handle)', () => {
    const report = auditProfile({ sources: [{ platform: 'instagram', handle: 'someone' }] });
    expectWellFormed(report);
    expect(report.scores.consistency.components).toEqual([]);
    expect(report.scores.tone.components).toEqual([]);
    expect(report.scores.professional.components.find((item) => item.key === 'headline')?.value).toBe(0);
    expect(report.flags).toEqual([]);
    expect(report.language.primary).toBe('other');
    expect(report.locale).toBe('en');
    expect(report.recruiterSummary.text).toContain('consistency not measurable, tone not measurable');
    expect(report.suggestions[0].title).toBe('Add a headline');
  });

  it('handles empty strings and an empty posts list', () => {
    const report = auditProfile({ sources: [{ platform: 'linkedin', headline: '', about: '', posts: [] }] });
    expectWellFormed(report);
  });

  it('handles emoji-only text', () => {
    const report = auditProfile({ sources: [{ platform: 'tiktok', about: '🔥🔥🔥😂😂', posts: [{ text: '🎉🎉🎉' }] }] });
    expectWellFormed(report);
    expect(report.flags).toEqual([]);
  });

  it('handles 20,000-character fields', () => {
    const about = sentence.repeat(Math.floor(PROFILE_LIMITS.textField / sentence.length)).slice(0, PROFILE_LIMITS.textField);
    const report = auditProfile({ sources: [{ platform: 'linkedin', headline: 'Data Analyst', about }] });
    expectWellFormed(report);
    expect(report.scores.professional.components.find((item) => item.key === 'achievements')?.value).toBe(100);
  });

  it('handles 12 sources with 50 posts each', () => {
    const profile: Profile = {
      targetRole: 'data analyst',
      sources: Array.from({ length: PROFILE_LIMITS.sources }, (_, source) => ({
        platform: source % 2 === 0 ? ('linkedin' as const) : ('x' as const),
        handle: `rina${source}`,
        displayName: 'Rina Hartono',
        posts: Array.from({ length: PROFILE_LIMITS.postsPerSource }, (_, post) => ({
          text: `${sentence}Tip ${post}: check duplicated ids before you sum revenue.`,
          postedAt: `2026-${String((post % 12) + 1).padStart(2, '0')}-${String((source % 28) + 1).padStart(2, '0')}`,
        })),
      })),
    };
    const report = auditProfile(profile);
    expectWellFormed(report);
    expect(report.language.sources).toHaveLength(12);
    expect(report.scores.consistency.components.find((item) => item.key === 'identity')?.value).toBeGreaterThan(80);
  });

  it('is deterministic: the same input twice gives deep-equal reports', () => {
    const profile: Profile = {
      sources: [
        { platform: 'instagram', about: 'Info slot gacor hari ini!! WA 0812-3456-7890', posts: [{ text: 'Bos gue goblok', postedAt: '2026-01-02' }], metrics: { followers: 9000, avgLikes: 2 } },
        { platform: 'linkedin', headline: 'Senior Accountant | 9 years', about: 'Akuntansi, perpajakan, SAP.' },
        { platform: 'github', about: 'Fresh graduate, junior developer.' },
      ],
    };
    expect(auditProfile(profile)).toEqual(auditProfile(JSON.parse(JSON.stringify(profile)) as Profile));
  });

  it('honours the requested locale over the profile locale and language', () => {
    const profile: Profile = { locale: 'id', sources: [{ platform: 'linkedin', headline: 'Data Analyst | SQL', about: 'I help retail teams price smarter.' }] };
    expect(auditProfile(profile).locale).toBe('id');
    expect(auditProfile(profile, { locale: 'en' }).locale).toBe('en');
    expect(auditProfile({ sources: profile.sources }).locale).toBe('en');
  });

  it('does not read the wall clock: a reference date changes recency explicitly', () => {
    const profile: Profile = { sources: [{ platform: 'x', posts: [{ text: 'SQL tip: use window functions.', postedAt: '2026-01-01' }] }] };
    const activity = (report: Report) => report.scores.consistency.components.find((item) => item.key === 'activity')?.value;
    expect(activity(auditProfile(profile))).toBeUndefined();
    expect(activity(auditProfile(profile, { referenceDate: '2026-01-15' }))).toBe(100);
    expect(activity(auditProfile(profile, { referenceDate: '2027-01-01' }))).toBe(0);
  });

  describe('fairness', () => {
    const teacher: Profile = {
      targetRole: 'guru',
      sources: [
        {
          platform: 'linkedin',
          displayName: 'Maria Simanjuntak',
          headline: 'Guru Matematika SMP | Kurikulum Merdeka',
          about: 'Guru matematika dengan pengalaman 8 tahun. Meningkatkan nilai rata-rata kelas dari 62 menjadi 81 dalam satu tahun.',
          posts: [{ text: 'Tips mengajar pecahan dengan media sederhana untuk kelas 7.', postedAt: '2026-05-01' }],
        },
        { platform: 'instagram', displayName: 'Maria S.', about: 'Guru matematika. Berbagi ide mengajar.', posts: [{ text: 'Cara membuat kuis interaktif.', postedAt: '2026-05-10' }] },
      ],
    };

    function variant(change: (profile: Profile) => void): Profile {
      const copy = JSON.parse(JSON.stringify(teacher)) as Profile;
      change(copy);
      return copy;
    }

    it('scores an Indonesian self-description of religion, ethnicity, family and age exactly like its absence', () => {
      const base = auditProfile(teacher);
      const described = auditProfile(
        variant((profile) => {
          profile.sources[0].about += ' Saya seorang ibu dua anak, beragama Katolik, asli Batak, umur 45.';
        }),
      );
      expect(described.scores).toEqual(base.scores);
      expect(described.flags).toEqual(base.flags);
      expect(described.recruiterSummary).toEqual(base.recruiterSummary);
      expect(JSON.stringify(described.recruiterSummary)).not.toMatch(/Katolik|Batak|ibu dua anak|45/);
    });

    it('does not count a post that is only a protected self-description', () => {
      const base = auditProfile(teacher);
      const withPost = auditProfile(
        variant((profile) => {
          profile.sources[1].posts?.push({ text: 'Ibu dua anak.', postedAt: '2026-05-20' });
        }),
      );
      expect(withPost.scores.overall).toEqual(base.scores.overall);
      expect(withPost.scores.consistency.components.map((item) => item.value)).toEqual(base.scores.consistency.components.map((item) => item.value));
      expect(withPost.scores.professional.components.map((item) => item.value)).toEqual(base.scores.professional.components.map((item) => item.value));
    });
  });
});
