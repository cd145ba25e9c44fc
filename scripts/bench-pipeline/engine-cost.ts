import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { auditProfile, validateProfile } from '../../src/analysis';
import { measureCpuPerRun } from './cpu';

/**
 * Runs before the measured ones: as many as a worker's engine warm-up (AUDIT_ENGINE_WARM_UP_RUNS'
 * default), so what is measured is the engine's optimised code, as a warmed worker runs it. After
 * 200 runs (the figure before 2026-11-30) V8 was still compiling: 0.9-1.8 ms of CPU per audit against
 * 0.5-0.6 ms after 3,000, which made the bare worker burn about twice the engine's cost.
 */
const WARM_RUNS = 3_000;

/** The engine's CPU per audit of a profile (validation included, as a worker runs it), and its report in `dir`. */
export function engineCost(profile: unknown, dir: string): { cpuMs: number; reportFile: string } {
  const run = () => {
    const checked = validateProfile(profile);
    if (!checked.ok) throw new Error('the profile does not validate');
    return auditProfile(checked.profile, { referenceDate: '2026-11-29' });
  };
  const cpuMs = measureCpuPerRun(() => void run(), { warmRuns: WARM_RUNS }) * 1000;
  const reportFile = join(dir, 'report.json');
  writeFileSync(reportFile, JSON.stringify(run()));
  return { cpuMs, reportFile };
}
