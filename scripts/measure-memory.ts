/**
 * `npm run measure:memory [-- ROUNDS]`: the resident memory (RSS) of `npm start`'s process, in
 * embedded mode (PGlite, a redis-server child) and on the local Postgres and Redis, each measured
 * once ready and again after 40 audits, on a throw-away copy of this build (its own `.data/`, its
 * own database and key prefix, all removed afterwards). The modes run in turns, ROUNDS times
 * (default 3), and the medians are printed: the machine is shared and noisy.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { checkoutAt } from '../src/local/checkout';
import { findRepoRoot } from './repo-root';

type Mode = 'embedded, first start' | 'embedded, restart' | 'local Postgres and Redis';
const MODES: Mode[] = ['embedded, first start', 'embedded, restart', 'local Postgres and Redis'];
const AUDITS_PER_EXAMPLE = 10;
const root = findRepoRoot([__dirname]);
const examples = ['strong-en', 'risky-id', 'inconsistent-mixed', 'fairness-pair'].map((name) => readFileSync(join(root, 'docs/examples', `${name}.json`), 'utf8'));

/** A copy of the build that npm start treats as a checkout of its own. */
function throwAwayCheckout(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'citra-memory-')), 'citra');
  cpSync(join(root, 'dist'), join(dir, 'dist'), { recursive: true });
  cpSync(join(root, 'package.json'), join(dir, 'package.json'));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024);
}

async function waitForLock(dir: string, child: ChildProcess): Promise<{ url: string }> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start exited ${child.exitCode}`);
    try {
      const lock = JSON.parse(readFileSync(join(dir, '.data', 'citra.lock'), 'utf8')) as { url?: string; control?: unknown };
      if (lock.url && lock.control) return { url: lock.url };
    } catch {
      // Not there yet.
    }
    await new Promise((resolveDelay) => setTimeout(resolveDelay, 200));
  }
}

async function call(url: string, path: string, body?: object, token?: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${url}${path}`, {
    method: body ? 'POST' : 'GET',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return (await response.json()) as Record<string, unknown>;
}

/** 40 audits of the four examples, submitted and waited for. */
async function load(url: string): Promise<void> {
  const account = { email: `memory-${Date.now()}@example.com`, password: 'memory-long-passphrase' };
  await call(url, '/api/v1/auth/signup', { ...account, role: 'candidate' });
  const { accessToken } = (await call(url, '/api/v1/auth/login', account)) as { accessToken: string };
  for (let round = 0; round < AUDITS_PER_EXAMPLE; round += 1) {
    for (const example of examples) await call(url, '/api/v1/audits', JSON.parse(example), accessToken);
  }
  for (;;) {
    const { items } = (await call(url, '/api/v1/audits?pageSize=100', undefined, accessToken)) as { items: { status: string }[] };
    if (items.every((item) => item.status === 'completed' || item.status === 'failed')) return;
    await new Promise((resolveDelay) => setTimeout(resolveDelay, 200));
  }
}

async function measure(dir: string, mode: Mode): Promise<{ ready: number; loaded: number }> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', ...(mode.startsWith('embedded') ? { LOCAL_POSTGRES_URL: 'off', LOCAL_REDIS_URL: 'off' } : {}) };
  for (const name of ['DATABASE_URL', 'REDIS_URL', 'QUEUE_PREFIX', 'npm_lifecycle_event']) delete env[name];
  const child = spawn(process.execPath, [join(dir, 'dist/src/start.js')], { cwd: dir, env, stdio: 'ignore' });
  try {
    const { url } = await waitForLock(dir, child);
    const ready = rssMb(child.pid!);
    await load(url);
    return { ready, loaded: rssMb(child.pid!) };
  } finally {
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await exited;
  }
}

async function dropLocalState(dir: string): Promise<void> {
  const { localName } = checkoutAt(dir);
  const client = new Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${localName}" WITH (FORCE)`).finally(() => client.end());
  const redis = new Redis('redis://127.0.0.1:6379');
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${localName}:*`, 'COUNT', 500);
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  redis.disconnect();
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function main(): Promise<void> {
  const rounds = Number(process.argv[2] ?? 3);
  const results = new Map<Mode, { ready: number[]; loaded: number[] }>(MODES.map((mode) => [mode, { ready: [], loaded: [] }]));
  for (let round = 1; round <= rounds; round += 1) {
    const dir = throwAwayCheckout();
    try {
      for (const mode of MODES) {
        const { ready, loaded } = await measure(dir, mode);
        results.get(mode)!.ready.push(ready);
        results.get(mode)!.loaded.push(loaded);
        console.log(`round ${round}, ${mode}: ${ready} MB ready, ${loaded} MB after ${AUDITS_PER_EXAMPLE * examples.length} audits`);
      }
    } finally {
      await dropLocalState(dir).catch((error: unknown) => console.error(`cleanup: ${String(error)}`));
      rmSync(join(dir, '..'), { recursive: true, force: true });
    }
  }
  console.log(`\nRSS of the npm start process, median of ${rounds} (MB):`);
  for (const [mode, { ready, loaded }] of results) console.log(`  ${mode.padEnd(26)} ready ${median(ready)}   after audits ${median(loaded)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
