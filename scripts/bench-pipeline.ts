/**
 * npm run bench:pipeline [-- --workers 1,2,4 --pairs 2 --seconds 8 --connections 32 --batch-seconds 3]
 *
 * What Citra's pipeline costs against a bare one doing the same work (issue 11). For each worker
 * count N it starts, in alternating order, Citra (dist/src/main.js and N dist/src/worker.js, the
 * production entrypoints) and a bare pipeline (scripts/bench-pipeline/bare.ts: node:http, BullMQ and
 * pg, each job burning the CPU Citra's engine takes on docs/examples/strong-en.json, measured here
 * first). Each stack gets a flood (--connections clients, each posting again once answered) and then a
 * paced load at half of Citra's flood completed/s at that N, each --seconds long and drained after.
 * Every stack starts afresh, so the first seconds count. Medians over --pairs pairs are printed with
 * the Citra/bare ratios. Each Citra run ends with --batch-seconds of POST /audits/batch (100
 * profiles a request, 4 clients): accepted audits a second (the bare pipeline has no batch).
 *
 * Runs against the local Postgres and Redis (DATABASE_URL, REDIS_URL or 127.0.0.1) on a database and
 * a key prefix of its own, dropped and deleted on any exit (its processes are killed too).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { BARE_TABLE } from './bench-pipeline/bare';
import { engineCost } from './bench-pipeline/engine-cost';
import { type BatchFigures, batchPhase, printBatch } from './bench-pipeline/batch';
import { type PhaseFigures, printTable, printTargets, runPhase, warmUp } from './bench-pipeline/phase';
import { children, type StackKind, type StackSettings, startStack } from './bench-pipeline/stack';
import { databaseUrlOn, deleteRedisKeys, dropDatabase, onDatabase } from './bench-pipeline/scratch';
import { findRepoRoot } from './repo-root';

const { values: options } = parseArgs({
  options: {
    workers: { type: 'string', default: '1,2,4' },
    pairs: { type: 'string', default: '2' },
    seconds: { type: 'string', default: '8' },
    connections: { type: 'string', default: '32' },
    'batch-seconds': { type: 'string', default: '3' },
    // An untimed flood before the measured phases (0: none, the stack's first seconds are measured).
    'warm-seconds': { type: 'string', default: '0' },
  },
});
const ROOT = findRepoRoot([__dirname]);
const log = (message: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
const tag = `citra_bench_${randomBytes(4).toString('hex')}`;
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const databaseUrl = databaseUrlOn;
const scratch = mkdtempSync(join(tmpdir(), 'citra-bench-'));

async function cleanUp(): Promise<void> {
  for (const child of children) child.kill('SIGKILL');
  await deleteRedisKeys(redisUrl, tag).catch((error: unknown) => log(`could not delete the Redis keys ${tag}*: ${String(error)}`));
  await dropDatabase(tag).catch((error: unknown) => log(`could not drop the database ${tag}: ${String(error)}`));
  if (process.env.BENCH_KEEP_LOGS) log(`logs kept in ${scratch}`);
  else rmSync(scratch, { recursive: true, force: true });
}

async function main(): Promise<void> {
  const profileText = readFileSync(join(ROOT, 'docs/examples/strong-en.json'), 'utf8');
  const { cpuMs, reportFile } = engineCost(JSON.parse(profileText), scratch);
  log(`engine CPU per audit of the strong example: ${cpuMs.toFixed(3)} ms (the bare worker burns this)`);
  await onDatabase('postgres', `CREATE DATABASE ${tag}`);
  const db = new Client({ connectionString: databaseUrl(tag) });
  db.on('error', (error) => log(`the benchmark's own Postgres connection failed: ${error.message}`));
  await db.connect();
  await db.query(BARE_TABLE);
  const redisPid = Number(/process_id:(\d+)/.exec(await new Redis(redisUrl).info('server').then((info) => info))?.[1] ?? 0);

  const seconds = Number(options.seconds);
  const results: Record<string, Record<StackKind, PhaseFigures[]>> = {};
  const batchRuns: BatchFigures[] = [];
  let run = 0;
  for (const workers of options.workers.split(',').map(Number)) {
    let citraMax = 0;
    for (let pair = 0; pair < Number(options.pairs); pair += 1) {
      // Citra first in the first pair: its flood sets the paced rate.
      const order: StackKind[] = pair % 2 === 0 ? ['citra', 'bare'] : ['bare', 'citra'];
      for (const kind of order) {
        run += 1;
        const settings: StackSettings = {
          root: ROOT, databaseUrl: databaseUrl(tag), redisUrl, queuePrefix: `${tag}_${run}`, workers, engineCpuMs: cpuMs, reportFile, logDir: scratch,
          // One benchmark account floods: the per-account limit would be what is measured.
          citraEnv: { AUDIT_SUBMIT_RATE_PER_MINUTE: '0' },
        };
        log(`${kind}, ${workers} worker(s), pair ${pair + 1}: starting`);
        const stack = await startStack(kind, settings);
        try {
          const targets = { api: [stack.api.pid!], worker: stack.workers.map((child) => child.pid!), redis: redisPid ? [redisPid] : [], database: tag, pg: db };
          const body = profileText;
          const warmSeconds = Number(options['warm-seconds']);
          if (warmSeconds > 0) await warmUp(stack, targets, body, warmSeconds, Number(options.connections));
          const flood = await runPhase(stack, targets, { kind: 'flood', seconds, connections: Number(options.connections), body });
          // Both stacks of every pair are paced at the rate the first Citra flood at this N set.
          if (citraMax === 0) citraMax = flood.completedPerSecond;
          const pacedRate = Math.max(1, Math.round(citraMax / 2));
          const paced = await runPhase(stack, targets, { kind: 'paced', seconds, rate: pacedRate, body });
          if (kind === 'citra') batchRuns.push(await batchPhase(stack, targets, profileText, Number(options['batch-seconds'])));
          (results[`flood N=${workers}`] ??= { bare: [], citra: [] })[kind].push(flood);
          (results[`paced N=${workers}`] ??= { bare: [], citra: [] })[kind].push(paced);
          log(`${kind} N=${workers}: flood ${flood.completedPerSecond.toFixed(0)} completed/s, paced ${pacedRate}/s POST p99 ${paced.postP99.toFixed(1)} ms`);
        } finally {
          await stack.stop();
          await db.query(`TRUNCATE ${stack.table} CASCADE`);
        }
      }
    }
  }
  await db.end();
  const summary = printTable(results);
  printTargets(summary, printBatch(batchRuns));
}

let cleaning: Promise<void> | undefined;
const finish = (code: number) => {
  cleaning ??= cleanUp().finally(() => process.exit(code));
};
process.on('SIGINT', () => finish(130));
process.on('SIGTERM', () => finish(143));
process.on('exit', () => children.forEach((child) => child.kill('SIGKILL')));
main().then(
  () => finish(0),
  (error: unknown) => {
    console.error(error);
    finish(1);
  },
);
