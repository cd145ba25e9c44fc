import { readFileSync } from 'node:fs';
import { Client } from 'pg';

/** Kernel clock ticks per second (USER_HZ); 100 on every Linux build Citra runs on. */
const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) a process (or `pid/task/tid`, one thread) has used so far; 0 once it is gone. */
export function cpuSeconds(pid: number | string): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may itself contain spaces and parentheses.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/**
 * Seconds a process's main thread has spent ready to run but waiting for a core (the kernel's
 * schedstat; 0 once it is gone). Its share of a window says whether a process was starved of CPU.
 */
export function runQueueWaitSeconds(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[1]) / 1e9;
  } catch {
    return 0;
  }
}

export type ProcessKind = 'api' | 'worker' | 'postgres' | 'redis';

/** Processes whose CPU is counted, by kind; Postgres backends are found anew at every snapshot. */
export interface CpuTargets {
  api: number[];
  worker: number[];
  redis: number[];
  database: string;
  pg: Client;
}

export type CpuSnapshot = Map<string, number>;

/** CPU used so far by every counted process, keyed `kind:pid`. */
export async function snapshot(targets: CpuTargets): Promise<CpuSnapshot> {
  const { rows } = await targets.pg.query<{ pid: number }>(
    'SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
    [targets.database],
  );
  const taken: CpuSnapshot = new Map();
  const add = (kind: ProcessKind, pids: number[]) => pids.forEach((pid) => taken.set(`${kind}:${pid}`, cpuSeconds(pid)));
  add('api', targets.api);
  add('worker', targets.worker);
  add('redis', targets.redis);
  add('postgres', rows.map((row) => row.pid));
  return taken;
}

/** CPU seconds used between two snapshots, by kind (a backend born in between counts from 0). */
export function cpuBetween(before: CpuSnapshot, after: CpuSnapshot): Record<ProcessKind, number> {
  const used: Record<ProcessKind, number> = { api: 0, worker: 0, postgres: 0, redis: 0 };
  for (const [key, seconds] of after) {
    const kind = key.slice(0, key.indexOf(':')) as ProcessKind;
    used[kind] += Math.max(0, seconds - (before.get(key) ?? 0));
  }
  return used;
}

/** CPU seconds one engine run takes in this process, median of batches (what the bare worker burns). */
export function measureCpuPerRun(run: () => void, warmRuns: number, batches = 15, perBatch = 40): number {
  for (let warm = 0; warm < warmRuns; warm += 1) run();
  const perRun: number[] = [];
  for (let batch = 0; batch < batches; batch += 1) {
    const start = process.cpuUsage();
    for (let index = 0; index < perBatch; index += 1) run();
    const used = process.cpuUsage(start);
    perRun.push((used.user + used.system) / 1e6 / perBatch);
  }
  perRun.sort((a, b) => a - b);
  return perRun[Math.floor(perRun.length / 2)]!;
}
