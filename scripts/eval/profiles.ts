/**
 * Judged profiles (`profiles/`): the whole audit against one recruiter's judgement, measured as
 * `profiles/README.md` defines. Each profile is audited with its `collectedAt` as the reference date.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { auditProfile } from '../../src/analysis';
import type { EvalResult, EvalTask } from './task';
import { msPer1000 } from './metrics';
import { parseRanking, readJudgedProfiles, type JudgedProfile } from './profiles-data';
import { measureOutcomes, type ProfileOutcome } from './profiles-measures';

export const PROFILE_FLOORS = {
  mustFlags: 14,
  bandExact: 24,
  bandWithinOne: 34,
  spearmanRanking: 0.85,
  language: 36,
  achievements: 0.9,
  credentials: 0.95,
} as const;

export const PROFILE_CEILINGS = { falseRaised: 2, falseCritical: 0 } as const;

export function auditJudged(profiles: readonly JudgedProfile[]): { outcomes: ProfileOutcome[]; elapsedMs: number } {
  const started = process.hrtime.bigint();
  const outcomes = profiles.map((profile) => ({ profile, report: auditProfile(profile.input, { referenceDate: profile.collectedAt }) }));
  return { outcomes, elapsedMs: Number(process.hrtime.bigint() - started) / 1e6 };
}

export function measureProfiles(dir: string): EvalResult {
  const profiles = readJudgedProfiles(dir);
  const ranking = parseRanking(readFileSync(join(dir, 'RANKING.md'), 'utf8'));
  const { outcomes, elapsedMs } = auditJudged(profiles);
  const { metrics, misses } = measureOutcomes(outcomes, ranking);
  return {
    name: profilesTask.name,
    metrics,
    floors: { ...PROFILE_FLOORS },
    ceilings: { ...PROFILE_CEILINGS },
    texts: profiles.length,
    msPer1000: msPer1000(elapsedMs, profiles.length),
    details: misses,
  };
}

export const profilesTask: EvalTask = {
  name: 'profiles',
  run: (dataDir: string) => measureProfiles(join(dataDir, 'profiles')),
};
