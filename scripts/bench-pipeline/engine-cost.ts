import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { auditProfile, validateProfile } from '../../src/analysis';
import { measureCpuPerRun } from './cpu';

/** The engine's CPU per audit of a profile (validation included, as a worker runs it), and its report in `dir`. */
export function engineCost(profile: unknown, dir: string): { cpuMs: number; reportFile: string } {
  const run = () => {
    const checked = validateProfile(profile);
    if (!checked.ok) throw new Error('the profile does not validate');
    return auditProfile(checked.profile, { referenceDate: '2026-11-29' });
  };
  const cpuMs = measureCpuPerRun(() => void run()) * 1000;
  const reportFile = join(dir, 'report.json');
  writeFileSync(reportFile, JSON.stringify(run()));
  return { cpuMs, reportFile };
}
