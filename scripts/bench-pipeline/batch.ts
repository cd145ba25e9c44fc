import { type CpuTargets, cpuBetween, type ProcessKind, snapshot } from './cpu';
import { batchFlood, median, percentile } from './load';
import type { Stack } from './stack';

const BATCH_ITEMS = 100;
const BATCH_CLIENTS = 4;

export interface BatchFigures {
  acceptedPerSecond: number;
  requestP99: number;
  refused: Record<string, number>;
  /** CPU milliseconds per accepted audit during the phase, by process kind: the workers run the jobs it queues meanwhile. */
  cpuPerAccepted: Record<ProcessKind, number>;
}

/** Citra only: full batches of the same profile as fast as they are answered. Not drained: the run ends after it. */
export async function batchPhase(stack: Stack, targets: CpuTargets, profileText: string, seconds: number): Promise<BatchFigures> {
  const body = JSON.stringify({ items: Array.from({ length: BATCH_ITEMS }, () => ({ profile: JSON.parse(profileText) as unknown })) });
  const before = await snapshot(targets);
  const result = await batchFlood({ port: stack.port, path: `${stack.path}/batch`, headers: stack.headers, body }, seconds, BATCH_CLIENTS);
  const used = cpuBetween(before, await snapshot(targets));
  const perAccepted = (cpuSeconds: number) => (result.accepted > 0 ? (cpuSeconds * 1000) / result.accepted : NaN);
  const cpuPerAccepted = { api: perAccepted(used.api), worker: perAccepted(used.worker), postgres: perAccepted(used.postgres), redis: perAccepted(used.redis) };
  return { acceptedPerSecond: result.accepted / seconds, requestP99: percentile(result.latencies, 99), refused: result.refused, cpuPerAccepted };
}

export function printBatch(runs: readonly BatchFigures[]): number | undefined {
  if (runs.length === 0) return undefined;
  console.log(`\nbatch (POST /audits/batch, ${BATCH_ITEMS} profiles a request, ${BATCH_CLIENTS} clients; median of ${runs.length} Citra runs)`);
  console.log(`| accepted audits/s | ${median(runs.map((run) => run.acceptedPerSecond)).toFixed(0)} |`);
  console.log(`| request p99 ms | ${median(runs.map((run) => run.requestP99)).toFixed(1)} |`);
  const cpu = (kind: ProcessKind) => median(runs.map((run) => run.cpuPerAccepted[kind])).toFixed(3);
  console.log(`| CPU per accepted audit during the phase, ms: API / workers / Postgres / Redis | ${cpu('api')} / ${cpu('worker')} / ${cpu('postgres')} / ${cpu('redis')} |`);
  for (const run of runs.filter((entry) => Object.keys(entry.refused).length > 0)) console.log(`  note: answers other than 207 ${JSON.stringify(run.refused)}`);
  const acceptedPerSecond = median(runs.map((run) => run.acceptedPerSecond));
  console.log(`BATCH ${JSON.stringify({ acceptedPerSecond })}`);
  return acceptedPerSecond;
}
