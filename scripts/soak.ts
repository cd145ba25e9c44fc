/**
 * npm run soak -- [--minutes 5] [--rate 20] [--workers 2] [--fault-every 40]
 *
 * The promises of docs/operations.md over a longer run than the tests: the production entrypoints
 * (dist/src/main.js and N dist/src/worker.js) on a private Postgres cluster and a private
 * redis-server (free ports, temporary folders, removed afterwards; the servers you run are never
 * touched), under a steady load of submissions while faults rotate every --fault-every seconds:
 * Postgres stopped for 10 s, Redis killed and restarted 5 s later, Redis flushed, a worker SIGKILLed
 * and replaced. Then it waits for every accepted audit and prints one JSON summary and a RESULT line.
 * Exit code 1 when a promise was broken: an answer other than 202/503, a 503 without Retry-After, an
 * accepted audit not completed, or an audit stored behind a non-202 answer.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { Redis } from 'ioredis';
import { freePort } from '../src/local/local-redis';
import { startPostgresCluster } from './faults/private-postgres';
import { startRedisServer } from './faults/private-redis';
import { findRepoRoot } from './repo-root';

const { values: options } = parseArgs({
  options: {
    minutes: { type: 'string', default: '5' },
    rate: { type: 'string', default: '20' },
    workers: { type: 'string', default: '2' },
    'fault-every': { type: 'string', default: '40' },
  },
});
const ROOT = findRepoRoot([__dirname]);
const DURATION_MS = Number(options.minutes) * 60_000;
const RATE = Number(options.rate);
const FAULT_EVERY_MS = Number(options['fault-every']) * 1_000;
const PROFILE = JSON.parse(readFileSync(join(ROOT, 'docs/examples/strong-en.json'), 'utf8'));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (message: string) => console.error(`[soak ${new Date().toISOString().slice(11, 19)}] ${message}`);

interface Answer {
  status: number | string;
  retryAfter: string | null;
  id?: string;
}

async function main(): Promise<number> {
  const logs = mkdtempSync(join(tmpdir(), 'citra-soak-'));
  const postgres = await startPostgresCluster();
  await postgres.createDatabase('citra');
  const redis = await startRedisServer({ persistent: true });
  const port = await freePort();
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    JWT_SECRET: randomBytes(32).toString('hex'),
    DATABASE_URL: postgres.url('citra'),
    REDIS_URL: redis.url,
    LOG_LEVEL: 'warn',
    // Faster recovery than the production defaults, so that several faults fit in a few minutes.
    WORKER_LOCK_DURATION_MS: '5000',
    WORKER_STALLED_INTERVAL_MS: '5000',
    AUDIT_RECONCILE_EVERY_MS: '5000',
    QUEUE_SCHEDULE_CHECK_MS: '5000',
    AUDIT_SWEEP_AFTER_MS: '10000',
    AUDIT_OUTAGE_RETRY_MAX_MS: '5000',
  };
  const children = new Set<ChildProcess>();
  const run = (name: string, script: string) => {
    const child = spawn(process.execPath, [join(ROOT, script)], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = createWriteStream(join(logs, `${name}.log`), { flags: 'a' });
    child.stdout!.pipe(out);
    child.stderr!.pipe(out);
    children.add(child);
    child.once('exit', () => children.delete(child));
    return child;
  };
  const base = `http://127.0.0.1:${port}`;
  try {
    run('api', 'dist/src/main.js');
    await until(async () => (await fetch(`${base}/health/ready`).catch(() => undefined))?.status === 200, 120_000, 'the API');
    const workers = Array.from({ length: Number(options.workers) }, (_, index) => run(`worker${index + 1}`, 'dist/src/worker.js'));
    const token = await candidateToken(base);
    const ownerId = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()).sub as string;
    log(`stack up (logs in ${logs}); ${RATE}/s for ${options.minutes} min, a fault every ${options['fault-every']} s`);

    const faults = rotateFaults({ postgres, redis, workers, run });
    const answers = await steadyLoad(base, token, faults);
    log(`load done: ${answers.length} submissions; waiting for the accepted audits to finish`);
    return await verdict(postgres.url('citra'), ownerId, answers, faults.log);
  } finally {
    for (const child of children) child.kill('SIGKILL');
    await redis.destroy();
    await postgres.destroy();
  }
}

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what} did not come up within ${timeoutMs / 1000} s`);
    await sleep(250);
  }
}

async function candidateToken(base: string): Promise<string> {
  const account = { email: `soak-${randomBytes(4).toString('hex')}@example.com`, password: 'soak-long-passphrase' };
  const post = (path: string, body: object) =>
    fetch(`${base}/api/v1/auth/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  await post('signup', { ...account, role: 'candidate' });
  return ((await (await post('login', account)).json()) as { accessToken: string }).accessToken;
}

interface FaultTargets {
  postgres: { stop(): Promise<void>; start(): Promise<void> };
  redis: { stop(): Promise<void>; start(): Promise<void>; url: string };
  workers: ChildProcess[];
  run: (name: string, script: string) => ChildProcess;
}

/** Returns a function the load calls every tick: it starts the next fault when one is due (one at a time). */
function rotateFaults(targets: FaultTargets): { tick(): void; done(): Promise<void>; log: string[] } {
  const steps: [string, () => Promise<void>][] = [
    ['Postgres stopped for 10 s', async () => { await targets.postgres.stop(); await sleep(10_000); await targets.postgres.start(); }],
    ['Redis killed, restarted after 5 s', async () => { await targets.redis.stop(); await sleep(5_000); await targets.redis.start(); }],
    ['Redis flushed', async () => {
      const client = new Redis(targets.redis.url);
      await client.flushall();
      client.disconnect();
    }],
    ['a worker SIGKILLed and replaced', async () => {
      const victim = targets.workers.shift();
      victim?.kill('SIGKILL');
      targets.workers.push(targets.run(`worker-replacement-${Date.now()}`, 'dist/src/worker.js'));
    }],
  ];
  const history: string[] = [];
  let next = 0;
  let lastStart = Date.now();
  let current: Promise<void> = Promise.resolve();
  let busy = false;
  return {
    log: history,
    tick() {
      if (busy || Date.now() - lastStart < FAULT_EVERY_MS) return;
      const [name, inject] = steps[next++ % steps.length]!;
      busy = true;
      lastStart = Date.now();
      log(`fault: ${name}`);
      history.push(name);
      current = inject().finally(() => { busy = false; });
    },
    done: () => current,
  };
}

async function steadyLoad(base: string, token: string, faults: ReturnType<typeof rotateFaults>): Promise<Answer[]> {
  const start = Date.now();
  const pending: Promise<Answer>[] = [];
  for (let index = 0; Date.now() - start < DURATION_MS; index += 1) {
    const due = start + (index * 1_000) / RATE;
    if (due > Date.now()) await sleep(due - Date.now());
    faults.tick();
    pending.push(submit(base, token, index));
  }
  await faults.done();
  return Promise.all(pending);
}

async function submit(base: string, token: string, index: number): Promise<Answer> {
  try {
    const response = await fetch(`${base}/api/v1/audits`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ...PROFILE, targetRole: `data analyst ${index}` }),
      signal: AbortSignal.timeout(30_000),
    });
    const body = (await response.json().catch(() => ({}))) as { id?: string };
    return { status: response.status, retryAfter: response.headers.get('retry-after'), id: body.id };
  } catch (error) {
    return { status: `error:${(error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name}`, retryAfter: null };
  }
}

async function verdict(databaseUrl: string, ownerId: string, answers: Answer[], faults: string[]): Promise<number> {
  const accepted = new Set(answers.filter((answer) => answer.status === 202).map((answer) => answer.id!));
  let rows: { id: string; status: string }[] = [];
  const deadline = Date.now() + 180_000;
  for (;;) {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    rows = (await client.query('SELECT id, status FROM audits WHERE owner_id = $1', [ownerId])).rows;
    await client.end();
    if (!rows.some((row) => row.status === 'queued' || row.status === 'processing') || Date.now() > deadline) break;
    await sleep(2_000);
  }
  const count = (values: (string | number)[]) => values.reduce<Record<string, number>>((counts, value) => ({ ...counts, [value]: (counts[value] ?? 0) + 1 }), {});
  const summary = {
    faults,
    submissions: answers.length,
    answers: count(answers.map((answer) => answer.status)),
    serviceUnavailableWithoutRetryAfter: answers.filter((answer) => answer.status === 503 && !answer.retryAfter).length,
    accepted: accepted.size,
    acceptedByStatus: count(rows.filter((row) => accepted.has(row.id)).map((row) => row.status)),
    storedWithoutA202: rows.filter((row) => !accepted.has(row.id)).length,
  };
  const broken =
    Object.keys(summary.answers).some((status) => status !== '202' && status !== '503') ||
    summary.serviceUnavailableWithoutRetryAfter > 0 ||
    (summary.acceptedByStatus.completed ?? 0) !== accepted.size ||
    summary.storedWithoutA202 > 0;
  console.log(JSON.stringify(summary));
  console.log(`RESULT soak: ${broken ? 'BROKEN' : 'ok'} submissions=${summary.submissions} accepted=${summary.accepted} completed=${summary.acceptedByStatus.completed ?? 0} answers=${JSON.stringify(summary.answers)} storedWithoutA202=${summary.storedWithoutA202}`);
  return broken ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
