import { type CpuTargets, cpuBetween, cpuSeconds, type ProcessKind, runQueueWaitSeconds, snapshot } from './cpu';
import { flood, median, paced, percentile, type LoadResult } from './load';
import type { Stack, StackKind } from './stack';

export interface PhaseOptions {
  kind: 'flood' | 'paced';
  seconds: number;
  connections?: number;
  rate?: number;
  body: string;
}

export interface PhaseFigures {
  acceptedPerSecond: number;
  completedPerSecond: number;
  /** Accepted but not completed when the load stopped. */
  backlog: number;
  postP50: number;
  postP99: number;
  submitToCompletedP50: number;
  submitToCompletedP99: number;
  /** CPU milliseconds per completed audit, from the start of the load until the backlog drained. */
  cpuPerAudit: Record<ProcessKind | 'total', number>;
  /**
   * The API's CPU milliseconds per accepted POST while the load ran (not the drain, whose idle
   * housekeeping the row above spreads over the audits): what answering a POST costs it.
   */
  apiCpuPerAccepted: number;
  /** Share of the load window the API's main thread spent ready to run but waiting for a core. */
  apiRunQueueShare: number;
  refused: Record<string, number>;
  notCompleted: number;
}

const DRAIN_TIMEOUT_MS = 180_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function drain(targets: CpuTargets, table: string, since: Date): Promise<void> {
  const deadline = Date.now() + DRAIN_TIMEOUT_MS;
  for (;;) {
    const { rows } = await targets.pg.query<{ open: string }>(
      `SELECT count(*) AS open FROM ${table} WHERE created_at >= $1 AND status IN ('queued', 'processing')`,
      [since],
    );
    if (Number(rows[0]!.open) === 0 || Date.now() > deadline) return;
    await sleep(200);
  }
}

/**
 * An untimed flood, drained before anything is measured: a freshly started API runs its first
 * requests on cold code (2.25 ms CPU a POST in its first 4 s of a flood against 1.43 ms after 4 s
 * of warm-up, API alone), and a long-running service is measured warm.
 */
export async function warmUp(stack: Stack, targets: CpuTargets, body: string, seconds: number, connections: number): Promise<void> {
  const since = new Date();
  await flood({ port: stack.port, path: stack.path, headers: stack.headers, body }, seconds, connections);
  await drain(targets, stack.table, since);
}

export async function runPhase(stack: Stack, targets: CpuTargets, options: PhaseOptions): Promise<PhaseFigures> {
  const table = stack.table;
  const since = new Date();
  const before = await snapshot(targets);
  const apiPid = targets.api[0]!;
  const apiBefore = { cpu: cpuSeconds(apiPid), waiting: runQueueWaitSeconds(apiPid), at: performance.now() };
  const target = { port: stack.port, path: stack.path, headers: stack.headers, body: options.body };
  const load: LoadResult =
    options.kind === 'flood' ? await flood(target, options.seconds, options.connections ?? 32) : await paced(target, options.seconds, options.rate ?? 1);
  const stoppedAt = new Date();
  const apiLoadCpu = cpuSeconds(apiPid) - apiBefore.cpu;
  const apiRunQueueShare = (runQueueWaitSeconds(apiPid) - apiBefore.waiting) / ((performance.now() - apiBefore.at) / 1000);
  const done = await targets.pg.query<{ n: string }>(
    `SELECT count(*) AS n FROM ${table} WHERE created_at >= $1 AND status = 'completed' AND finished_at <= $2`,
    [since, stoppedAt],
  );
  const completedInWindow = Number(done.rows[0]!.n);
  await drain(targets, table, since);
  const after = await snapshot(targets);
  const { rows } = await targets.pg.query<{ completed: string; open: string; p50: number | null; p99: number | null }>(
    `SELECT count(*) FILTER (WHERE status = 'completed') AS completed, count(*) FILTER (WHERE status <> 'completed') AS open,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM finished_at - created_at) * 1000) AS p50,
            percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM finished_at - created_at) * 1000) AS p99
       FROM ${table} WHERE created_at >= $1`,
    [since],
  );
  const completed = Number(rows[0]!.completed);
  const used = cpuBetween(before, after);
  const perAudit = (seconds: number) => (completed > 0 ? (seconds * 1000) / completed : NaN);
  const total = used.api + used.worker + used.postgres + used.redis;
  return {
    acceptedPerSecond: load.accepted / options.seconds,
    completedPerSecond: completedInWindow / options.seconds,
    backlog: load.accepted - completedInWindow,
    postP50: median(load.latencies),
    postP99: percentile(load.latencies, 99),
    submitToCompletedP50: rows[0]!.p50 ?? NaN,
    submitToCompletedP99: rows[0]!.p99 ?? NaN,
    cpuPerAudit: { api: perAudit(used.api), worker: perAudit(used.worker), postgres: perAudit(used.postgres), redis: perAudit(used.redis), total: perAudit(total) },
    apiCpuPerAccepted: load.accepted > 0 ? (apiLoadCpu * 1000) / load.accepted : NaN,
    apiRunQueueShare,
    refused: load.refused,
    notCompleted: Number(rows[0]!.open),
  };
}

interface Measure {
  name: string;
  pick: (figures: PhaseFigures) => number;
  digits: number;
}

const MEASURES: Measure[] = [
  { name: 'completed audits/s', pick: (f) => f.completedPerSecond, digits: 0 },
  { name: 'accepted POST/s', pick: (f) => f.acceptedPerSecond, digits: 0 },
  { name: 'backlog at end of load', pick: (f) => f.backlog, digits: 0 },
  { name: 'POST p50 ms', pick: (f) => f.postP50, digits: 1 },
  { name: 'POST p99 ms', pick: (f) => f.postP99, digits: 1 },
  { name: 'submit-to-completed p50 ms', pick: (f) => f.submitToCompletedP50, digits: 0 },
  { name: 'submit-to-completed p99 ms', pick: (f) => f.submitToCompletedP99, digits: 0 },
  { name: 'CPU/audit ms, total', pick: (f) => f.cpuPerAudit.total, digits: 2 },
  { name: 'CPU/audit ms, API (load and drain)', pick: (f) => f.cpuPerAudit.api, digits: 2 },
  { name: 'API CPU ms per accepted POST (load only)', pick: (f) => f.apiCpuPerAccepted, digits: 2 },
  { name: 'API main thread waiting for a core, share of load', pick: (f) => f.apiRunQueueShare, digits: 2 },
  { name: 'CPU/audit ms, workers', pick: (f) => f.cpuPerAudit.worker, digits: 2 },
  { name: 'CPU/audit ms, Postgres', pick: (f) => f.cpuPerAudit.postgres, digits: 2 },
  { name: 'CPU/audit ms, Redis (shared server)', pick: (f) => f.cpuPerAudit.redis, digits: 2 },
];

/** Medians over the pairs, one table per phase and worker count, and a JSON line for scripts. */
export type Summary = Record<string, Record<string, { bare: number; citra: number; ratio: number }>>;

export function printTable(results: Record<string, Record<StackKind, PhaseFigures[]>>): Summary {
  const summary: Summary = {};
  for (const [phase, byKind] of Object.entries(results)) {
    console.log(`\n${phase} (medians of ${byKind.citra.length} Citra and ${byKind.bare.length} bare runs)`);
    console.log('| measure | bare | Citra | Citra/bare |\n|---|---|---|---|');
    summary[phase] = {};
    for (const measure of MEASURES) {
      const bare = median(byKind.bare.map(measure.pick));
      const citra = median(byKind.citra.map(measure.pick));
      const ratio = citra / bare;
      summary[phase]![measure.name] = { bare, citra, ratio };
      console.log(`| ${measure.name} | ${bare.toFixed(measure.digits)} | ${citra.toFixed(measure.digits)} | ${Number.isFinite(ratio) ? ratio.toFixed(2) : '-'} |`);
    }
    const refusals = [...byKind.bare, ...byKind.citra].filter((f) => Object.keys(f.refused).length > 0 || f.notCompleted > 0);
    for (const f of refusals) console.log(`  note: answers other than 202 ${JSON.stringify(f.refused)}, not completed after the drain: ${f.notCompleted}`);
  }
  console.log(`\nSUMMARY ${JSON.stringify(summary)}`);
  return summary;
}

/** Issue 11's targets, each with the figure it was judged on (a target whose run was not made is left out). */
export function printTargets(summary: Summary, batchAcceptedPerSecond: number | undefined): void {
  const lines: [string, number | undefined, (value: number) => boolean, number][] = [
    ['completed/s Citra/bare, flood, 2 workers (>= 0.6)', summary['flood N=2']?.['completed audits/s']?.ratio, (v) => v >= 0.6, 2],
    ['CPU per audit Citra/bare, paced, 2 workers (<= 1.5)', summary['paced N=2']?.['CPU/audit ms, total']?.ratio, (v) => v <= 1.5, 2],
    ['CPU per audit Citra/bare, flood, 2 workers (<= 1.5)', summary['flood N=2']?.['CPU/audit ms, total']?.ratio, (v) => v <= 1.5, 2],
    ['POST p99 ms at half of Citra\'s max, 2 workers, first seconds included (< 25)', summary['paced N=2']?.['POST p99 ms']?.citra, (v) => v < 25, 1],
    ['batch accepted audits/s (>= 2000)', batchAcceptedPerSecond, (v) => v >= 2000, 0],
  ];
  const completed = [1, 2, 4].map((n) => summary[`flood N=${n}`]?.['completed audits/s']?.citra);
  console.log('\ntargets');
  for (const [name, value, met, digits] of lines) {
    if (value !== undefined && Number.isFinite(value)) console.log(`| ${name} | ${value.toFixed(digits)} | ${met(value) ? 'met' : 'not met'} |`);
  }
  if (completed.every((value) => value !== undefined)) {
    const [one, two, four] = completed as number[];
    console.log(`| Citra completed/s with 1 / 2 / 4 workers (not falling) | ${one!.toFixed(0)} / ${two!.toFixed(0)} / ${four!.toFixed(0)} | ${two! >= one! && four! >= two! ? 'met' : 'not met'} |`);
  }
}
