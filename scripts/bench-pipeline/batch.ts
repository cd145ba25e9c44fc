import { batchFlood, median, percentile } from './load';
import type { Stack } from './stack';

const BATCH_ITEMS = 100;
const BATCH_CLIENTS = 4;

export interface BatchFigures {
  acceptedPerSecond: number;
  requestP99: number;
  refused: Record<string, number>;
}

/** Citra only: full batches of the same profile as fast as they are answered. Not drained: the run ends after it. */
export async function batchPhase(stack: Stack, profileText: string, seconds: number): Promise<BatchFigures> {
  const body = JSON.stringify({ items: Array.from({ length: BATCH_ITEMS }, () => ({ profile: JSON.parse(profileText) as unknown })) });
  const result = await batchFlood({ port: stack.port, path: `${stack.path}/batch`, headers: stack.headers, body }, seconds, BATCH_CLIENTS);
  return { acceptedPerSecond: result.accepted / seconds, requestP99: percentile(result.latencies, 99), refused: result.refused };
}

export function printBatch(runs: readonly BatchFigures[]): number | undefined {
  if (runs.length === 0) return undefined;
  console.log(`\nbatch (POST /audits/batch, ${BATCH_ITEMS} profiles a request, ${BATCH_CLIENTS} clients; median of ${runs.length} Citra runs)`);
  console.log(`| accepted audits/s | ${median(runs.map((run) => run.acceptedPerSecond)).toFixed(0)} |`);
  console.log(`| request p99 ms | ${median(runs.map((run) => run.requestP99)).toFixed(1)} |`);
  for (const run of runs.filter((entry) => Object.keys(entry.refused).length > 0)) console.log(`  note: answers other than 207 ${JSON.stringify(run.refused)}`);
  const acceptedPerSecond = median(runs.map((run) => run.acceptedPerSecond));
  console.log(`BATCH ${JSON.stringify({ acceptedPerSecond })}`);
  return acceptedPerSecond;
}
