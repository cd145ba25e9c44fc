import { readFileSync, writeFileSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/** Where a lowered priority took effect. */
export interface PriorityOutcome {
  niceness: number;
  /**
   * The niceness of the process's autogroup, when it leads its own session and the kernel groups
   * sessions (sched_autogroup_enabled): undefined when that does not apply or could not be set.
   */
  autogroupNiceness?: number;
}

export interface PriorityFiles {
  autogroupEnabled: string;
  ownStat: string;
  ownAutogroup: string;
}

const PROC: PriorityFiles = {
  autogroupEnabled: '/proc/sys/kernel/sched_autogroup_enabled',
  ownStat: '/proc/self/stat',
  ownAutogroup: '/proc/self/autogroup',
};

/**
 * Lowers this process's priority to `nice` (never raises it: that needs privileges). With Linux's
 * autogroup scheduling the kernel first shares the CPU between sessions, and a process's own
 * niceness only weighs against processes of its session: a worker started as a service of its own
 * (systemd, `setsid`, a detached child) would be served as much as the API whatever its niceness.
 * Such a process leads its session, the only member of its autogroup, so its autogroup's niceness
 * is lowered too. A worker sharing a session with the API (one shell) keeps the group's niceness,
 * which would lower the API's priority with its own; there its process niceness is what counts.
 */
export function lowerPriority(nice: number, files: PriorityFiles = PROC): PriorityOutcome {
  setPriority(Math.max(getPriority(), nice));
  const outcome: PriorityOutcome = { niceness: getPriority() };
  if (!leadsOwnAutogroup(files)) return outcome;
  const current = autogroupNiceness(files);
  if (current === undefined) return outcome;
  if (current < nice) writeAutogroupNiceness(files, nice);
  return { ...outcome, autogroupNiceness: autogroupNiceness(files) };
}

function leadsOwnAutogroup(files: PriorityFiles): boolean {
  const enabled = readOrEmpty(files.autogroupEnabled).trim() === '1';
  return enabled && sessionId(readOrEmpty(files.ownStat)) === process.pid;
}

/** Field 6 of /proc/<pid>/stat; the command name (field 2) is in parentheses and may hold spaces. */
export function sessionId(stat: string): number | undefined {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const session = Number(fields[3]);
  return Number.isInteger(session) && session > 0 ? session : undefined;
}

/** `/autogroup-132 nice 0` */
function autogroupNiceness(files: PriorityFiles): number | undefined {
  const match = /nice (-?\d+)/.exec(readOrEmpty(files.ownAutogroup));
  return match ? Number(match[1]) : undefined;
}

/**
 * The kernel refuses a change within 100 ms of the last one on the machine (EAGAIN) to anyone
 * without CAP_SYS_ADMIN, which workers started together would hit: a few tries, 100 ms apart.
 */
function writeAutogroupNiceness(files: PriorityFiles, nice: number): void {
  for (let attempt = 0; attempt < 10; attempt += 1) {
    try {
      writeFileSync(files.ownAutogroup, String(nice));
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') return;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
}

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
