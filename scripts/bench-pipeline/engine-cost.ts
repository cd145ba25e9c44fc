import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { auditProfile, validateProfile } from '../../src/analysis';
import { ENGINE_WARM_UP_RUNS_DEFAULT } from '../../src/config/queue.config';
import { measureCpuPerRun } from './cpu';

/** The engine's CPU per audit of a profile (validation included, as a worker runs it), and its report in `dir`. */
export function engineCost(profile: unknown, dir: string): { cpuMs: number; reportFile: string } {
  const run = () => {
    const checked = validateProfile(profile);
    if (!checked.ok) throw new Error('the profile does not validate');
    return auditProfile(checked.profile, { referenceDate: '2026-11-29' });
  };
  // Warmed as a worker is before its first job, so this is the engine's optimised code. After the 200
  // runs used until 2026-11-30 V8 was still compiling: 0.9-1.8 ms of CPU per audit against 0.5-0.6, so
  // the bare worker burned about twice the engine's cost (docs/performance.md).
  const cpuMs = measureCpuPerRun(() => void run(), ENGINE_WARM_UP_RUNS_DEFAULT) * 1000;
  const reportFile = join(dir, 'report.json');
  writeFileSync(reportFile, JSON.stringify(run()));
  return { cpuMs, reportFile };
}
