/**
 * npm run bench:drain -- [--workers 1,2,4 --audits 2000 --rounds 3 --rate 0
 *   --variants 'base;conc2:WORKER_CONCURRENCY=2' --bare]
 *
 * The workers alone (issue 11): what an audit costs them, apart from the API. Per round, for every
 * worker count K and every variant (in alternating order), it starts K worker processes
 * (dist/src/worker.js, or the bare worker with --bare) on a database and a private redis-server of
 * its own, waits until they are ready (engine warm-up done), then either queues --audits audits at
 * once (--rate 0: a backlog to drain) or --rate a second (workers starved, each job fetched alone),
 * and reads the CPU of the workers, their Postgres backends and Redis from /proc until every audit
 * is completed. Prints medians over rounds: CPU ms per audit by kind, wall time to drain, and the CPU a
 * worker used to reach its ready line.
 *
 * `--profiles DIR` submits the JSON files of DIR in turn (a judged profile's `input`, or the file itself)
 * instead of docs/examples/strong-en.json: traffic as varied as real submissions, which one example is not.
 *
 * A variant is `name` or `name:VAR=value,VAR=value`: environment for the worker processes, with
 * NODE_ARGS=... (space separated node flags) and ROOT=... (another build's checkout) taken apart.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { AuditQueueService } from '../../src/audits/audit-queue.service';
import type { RunAuditJob } from '../../src/audits/audit-queue.contract';
import { queueConfig } from '../../src/config/queue.config';
import { freePort } from '../../src/local/local-redis';
import { findRepoRoot } from '../repo-root';
import { BARE_TABLE } from './bare';
import { cpuBetween, cpuSeconds, snapshot, type CpuTargets } from './cpu';
import { engineCost } from './engine-cost';
import { median } from './load';
import { databaseUrlOn, dropDatabase, onDatabase } from './scratch';
import { children, launch } from './stack';

const { values: options } = parseArgs({
  options: {
    workers: { type: 'string', default: '1,2,4' },
    audits: { type: 'string', default: '2000' },
    rounds: { type: 'string', default: '3' },
    rate: { type: 'string', default: '0' },
    variants: { type: 'string', default: 'base' },
    bare: { type: 'boolean', default: false },
    profiles: { type: 'string' },
  },
});
const ROOT = findRepoRoot([__dirname]);
const tag = `citra_drain_${randomBytes(4).toString('hex')}`;
const scratch = mkdtempSync(join(tmpdir(), 'citra-drain-'));
const databaseUrl = databaseUrlOn;
const log = (message: string) => console.error(`[drain ${new Date().toISOString().slice(11, 19)}] ${message}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Variant {
  name: string;
  env: Record<string, string>;
  nodeArgs: string[];
  root: string;
}

function parseVariant(spec: string): Variant {
  const [name, assignments] = splitAt(spec, ':');
  const variant: Variant = { name, env: {}, nodeArgs: [], root: ROOT };
  for (const assignment of assignments.split(',').filter(Boolean)) {
    const [key, value] = splitAt(assignment, '=');
    if (key === 'NODE_ARGS') variant.nodeArgs = value.split(' ').filter(Boolean);
    else if (key === 'ROOT') variant.root = value;
    else variant.env[key] = value;
  }
  return variant;
}

function splitAt(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + 1)];
}

interface Figures {
  wallSeconds: number;
  worker: number;
  /** Of the workers' CPU, what their main threads used (the rest: V8's compiler and GC threads, libuv's pool). */
  workerMain: number;
  /** CPU seconds a worker used from its start to its ready line (warm-ups included), mean of the K. */
  startSeconds: number;
  postgres: number;
  redis: number;
}

async function startRedis(): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--save', '', '--appendonly', 'no', '--maxmemory-policy', 'noeviction'], { stdio: 'ignore', detached: true });
  children.add(child);
  for (let tries = 0; tries < 50; tries += 1) {
    if (await accepts(port)) return { url: `redis://127.0.0.1:${port}`, child };
    await sleep(100);
  }
  throw new Error('the private redis-server did not start');
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const done = (accepted: boolean) => {
      socket.destroy();
      resolve(accepted);
    };
    socket.once('connect', () => done(true)).once('error', () => done(false)).setTimeout(500, () => done(false));
  });
}

async function queueAudits(ids: string[], prefix: string, redisUrl: string, bare: boolean): Promise<void> {
  const queue = new Queue('audits', { connection: { url: redisUrl }, prefix });
  const rate = Number(options.rate);
  // The API's own producer code, with the API's default job options.
  const producer = new AuditQueueService(queue as Queue<RunAuditJob>, queueConfig());
  const add = (chunk: string[]) =>
    bare
      ? queue.addBulk(chunk.map((id) => ({ name: 'run', data: { id }, opts: { jobId: id, removeOnComplete: { count: 1000 }, removeOnFail: { count: 5000 } } })))
      : producer.enqueueOrLeaveForReconciler(chunk);
  if (rate === 0) {
    for (let at = 0; at < ids.length; at += 100) await add(ids.slice(at, at + 100));
  } else {
    const start = performance.now();
    let sent = 0;
    const pending: Promise<unknown>[] = [];
    while (sent < ids.length) {
      while (sent < ids.length && start + (sent / rate) * 1000 <= performance.now()) pending.push(add([ids[sent++]!]));
      await sleep(2);
    }
    await Promise.all(pending);
  }
  await queue.close();
}

/** The profiles to submit, as JSON text: the strong example, or every file of --profiles. */
function submittedProfiles(): string[] {
  if (!options.profiles) return [readFileSync(join(ROOT, 'docs/examples/strong-en.json'), 'utf8')];
  const dir = options.profiles;
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as { input?: unknown })
    .map((data) => JSON.stringify(data.input ?? data));
}

async function insertAudits(db: Client, bare: boolean, count: number, profiles: string[]): Promise<string[]> {
  const ids = Array.from({ length: count }, () => randomUUID());
  const texts = ids.map((_, index) => profiles[index % profiles.length]!);
  if (bare) {
    await db.query(`INSERT INTO bare_audits (id, status, profile) SELECT unnest($1::uuid[]), 'queued', unnest($2::jsonb[])`, [ids, texts]);
    return ids;
  }
  const owner = randomUUID();
  await db.query(`INSERT INTO users (id, email, role, password_hash) VALUES ($1, $2, 'candidate', 'x')`, [owner, `${owner}@example.com`]);
  await db.query(
    `INSERT INTO audits (id, owner_id, status, profile, request_hash, profile_bytes)
       SELECT unnest($1::uuid[]), $2, 'queued', unnest($3::jsonb[]), md5(random()::text), unnest($4::int[])`,
    [ids, owner, texts, texts.map((text) => Buffer.byteLength(text))],
  );
  return ids;
}

async function waitForDrain(db: Client, table: string, ids: string[]): Promise<void> {
  const deadline = Date.now() + 300_000;
  for (;;) {
    const { rows } = await db.query<{ done: string }>(`SELECT count(*) AS done FROM ${table} WHERE id = ANY($1::uuid[]) AND status = 'completed'`, [ids]);
    if (Number(rows[0]!.done) === ids.length) return;
    if (Date.now() > deadline) throw new Error(`${ids.length - Number(rows[0]!.done)} audits not completed after 300 s`);
    await sleep(50);
  }
}

async function runOnce(db: Client, redis: { url: string; pid: number }, variant: Variant, workers: number, run: number, cost: { cpuMs: number; reportFile: string }): Promise<Figures> {
  const bare = options.bare;
  const prefix = `${tag}_${run}`;
  const env = {
    ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'log', DATABASE_URL: databaseUrl(tag), REDIS_URL: redis.url, QUEUE_PREFIX: prefix,
    JWT_SECRET: randomBytes(32).toString('hex'), BARE_ENGINE_CPU_MS: String(cost.cpuMs), BARE_REPORT_FILE: cost.reportFile,
    npm_lifecycle_event: 'bench:drain', ...variant.env,
  };
  const script = bare ? [join(variant.root, 'dist/scripts/bench-pipeline/bare.js'), 'worker'] : [join(variant.root, 'dist/src/worker.js')];
  const ready = bare ? 'bare worker ready' : 'Citra worker started';
  const profiles = submittedProfiles();
  // One at a time: the first runs the migrations, and none warms up while another is measured.
  const started: ChildProcess[] = [];
  const startCpu: number[] = [];
  for (let index = 0; index < workers; index += 1) {
    const child = await launch([...variant.nodeArgs, ...script], env, ready, join(scratch, `${prefix}-worker${index}.log`));
    startCpu.push(cpuSeconds(child.pid!));
    started.push(child);
  }
  const startSeconds = startCpu.reduce((sum, seconds) => sum + seconds, 0) / workers;
  try {
    // The rows exist before their jobs, as the API commits them first; the workers only see jobs.
    const ids = await insertAudits(db, bare, Number(options.audits), profiles);
    await sleep(1000);
    const targets: CpuTargets = { api: [], worker: started.map((child) => child.pid!), redis: [redis.pid], database: tag, pg: db };
    const mainThreads = () => targets.worker.reduce((sum, pid) => sum + cpuSeconds(`${pid}/task/${pid}`), 0);
    const mainBefore = mainThreads();
    const before = await snapshot(targets);
    const begun = performance.now();
    await queueAudits(ids, prefix, redis.url, bare);
    await waitForDrain(db, bare ? 'bare_audits' : 'audits', ids);
    const wallSeconds = (performance.now() - begun) / 1000;
    const used = cpuBetween(before, await snapshot(targets));
    const mainUsed = mainThreads() - mainBefore;
    const perAudit = (seconds: number) => (seconds * 1000) / ids.length;
    return { wallSeconds, worker: perAudit(used.worker), workerMain: perAudit(mainUsed), postgres: perAudit(used.postgres), redis: perAudit(used.redis), startSeconds };
  } finally {
    await Promise.all(started.map(stop));
  }
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

async function main(): Promise<void> {
  const variants = options.variants.split(';').map(parseVariant);
  const cost = engineCost(JSON.parse(readFileSync(join(ROOT, 'docs/examples/strong-en.json'), 'utf8')), scratch);
  await onDatabase('postgres', `CREATE DATABASE ${tag}`);
  const db = new Client({ connectionString: databaseUrl(tag) });
  db.on('error', (error) => log(`the probe's own Postgres connection failed: ${error.message}`));
  await db.connect();
  if (options.bare) await db.query(BARE_TABLE);
  const redis = await startRedis();
  const results = new Map<string, Figures[]>();
  let run = 0;
  for (let round = 0; round < Number(options.rounds); round += 1) {
    const order = round % 2 === 0 ? variants : [...variants].reverse();
    for (const workers of options.workers.split(',').map(Number)) {
      for (const variant of order) {
        run += 1;
        const figures = await runOnce(db, { url: redis.url, pid: redis.child.pid! }, variant, workers, run, cost);
        log(`round ${round + 1} ${variant.name} K=${workers}: ${describe(figures)}`);
        const key = `${variant.name} K=${workers}`;
        results.set(key, [...(results.get(key) ?? []), figures]);
      }
    }
  }
  await db.end();
  const mode = `${Number(options.rate) === 0 ? `drain of ${options.audits} queued at once` : `${options.audits} queued at ${options.rate}/s`}${options.profiles ? ` (profiles of ${options.profiles})` : ''}`;
  console.log(`${options.bare ? 'bare' : 'Citra'} workers, ${mode}; medians of ${options.rounds} rounds (engine CPU ${cost.cpuMs.toFixed(2)} ms/audit)`);
  for (const [key, runs] of results) {
    const pick = (field: keyof Figures) => median(runs.map((figures) => figures[field]));
    const spread = `workers ${runs.map((figures) => figures.worker.toFixed(2)).join(' ')}`;
    console.log(`${key.padEnd(24)} ${describe({ wallSeconds: pick('wallSeconds'), worker: pick('worker'), workerMain: pick('workerMain'), postgres: pick('postgres'), redis: pick('redis'), startSeconds: pick('startSeconds') })}; rounds: ${spread}`);
  }
}

function describe(figures: Figures): string {
  return `wall ${figures.wallSeconds.toFixed(2)} s, CPU ms/audit: workers ${figures.worker.toFixed(2)} (main threads ${figures.workerMain.toFixed(2)}), postgres ${figures.postgres.toFixed(2)}, redis ${figures.redis.toFixed(2)}; start-up CPU ${figures.startSeconds.toFixed(2)} s a worker`;
}

async function cleanUp(): Promise<void> {
  for (const child of children) child.kill('SIGKILL');
  await dropDatabase(tag).catch((error: unknown) => log(`could not drop the database ${tag}: ${String(error)}`));
  if (process.env.BENCH_KEEP_LOGS) log(`logs kept in ${scratch}`);
  else rmSync(scratch, { recursive: true, force: true });
}

let cleaning: Promise<void> | undefined;
const finish = (code: number) => {
  cleaning ??= cleanUp().finally(() => process.exit(code));
};
process.on('SIGINT', () => finish(130));
process.on('SIGTERM', () => finish(143));
main().then(
  () => finish(0),
  (error: unknown) => {
    console.error(error);
    finish(1);
  },
);
