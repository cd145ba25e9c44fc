/**
 * A stranger's first hour, on a fresh clone (issue 12): npm start with nothing to find (embedded
 * PGlite, a redis-server child), the README's walkthroughs as written, a second instance refused,
 * admin:create and the migration commands while it runs, SIGTERM to npm, a restart on the same data,
 * SIGINT to node, a start that fails half-way, `.env` honoured for both URLs, and then every ```bash
 * block of README.md and docs/*.md under bash and zsh against an instance on the local Postgres and
 * Redis. Nothing may be left running. The docs conventions are in test/support/doc-blocks.ts and the
 * README ("Docs that run").
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import { checkoutAt } from '../../src/local/checkout';
import { freePort } from '../../src/local/local-redis';
import {
  allExited,
  eventually,
  freshClone,
  type InstanceLockRecord,
  NpmStart,
  npmRun,
  processesIn,
  readLock,
  strangerEnv,
} from '../support/citra-checkout';
import { readDocBlocks, runnableBlocks } from '../support/doc-blocks';
import { describeFailures, runDocBlocks, type Shell } from '../support/doc-runner';
import { deleteRedisKeys } from './support/test-app';
import { TEST_POSTGRES_URL, TEST_REDIS_URL } from './support/test-database';

const ADMIN = { ADMIN_EMAIL: 'admin@example.com', ADMIN_PASSWORD: 'change-this-admin-passphrase' };
const EMBEDDED = { LOCAL_POSTGRES_URL: 'off', LOCAL_REDIS_URL: 'off' };
const LOCAL_POSTGRES = serverOf(TEST_POSTGRES_URL);
const START_TIMEOUT_MS = 150_000;
const STOP_TIMEOUT_MS = 30_000;

function serverOf(url: string): string {
  const parsed = new URL(url);
  parsed.pathname = '';
  return parsed.toString().replace(/\/$/, '');
}

async function started(citra: NpmStart, root: string): Promise<InstanceLockRecord> {
  return eventually(
    async () => {
      if (citra.child.exitCode !== null) throw new Error(`npm start exited ${citra.child.exitCode}:\n${citra.output}`);
      const lock = readLock(root);
      return lock?.control && lock.url && lock.pid !== citra.child.pid ? lock : undefined;
    },
    START_TIMEOUT_MS,
    'npm start to take commands',
    () => citra.output,
  );
}

async function stopped(pids: (number | undefined)[], root: string, citra: NpmStart): Promise<void> {
  await eventually(() => (allExited(pids) ? true : undefined), STOP_TIMEOUT_MS, `pids ${pids.join(', ')} to exit`, () => citra.output);
  await citra.closed;
  expect(readLock(root)).toBeUndefined();
  expect(processesIn(root)).toEqual([]);
}

async function api(base: string, path: string, init: { method?: string; token?: string; body?: object } = {}) {
  const response = await fetch(`${base}${path}`, {
    method: init.method ?? (init.body ? 'POST' : 'GET'),
    headers: { ...(init.body ? { 'content-type': 'application/json' } : {}), ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
    body: init.body ? JSON.stringify(init.body) : undefined,
  });
  return { status: response.status, body: (await response.json().catch(() => undefined)) as Record<string, unknown> };
}

async function signIn(base: string, email: string, password: string): Promise<string> {
  const { status, body } = await api(base, '/api/v1/auth/login', { body: { email, password } });
  expect(status).toBe(200);
  return body.accessToken as string;
}

describe("A stranger's first hour, on a fresh clone", () => {
  let root: string;
  let localName: string;
  const instances: NpmStart[] = [];
  const start = (env: NodeJS.ProcessEnv) => {
    const citra = new NpmStart(root, env);
    instances.push(citra);
    return citra;
  };

  beforeAll(() => {
    root = realpathSync(freshClone());
    localName = checkoutAt(root).localName;
  });

  afterAll(async () => {
    for (const citra of instances) citra.killGroup();
    const lock = root ? readLock(root) : undefined;
    for (const pid of [lock?.pid, lock?.redisServerPid]) if (pid) process.kill(pid, 'SIGKILL');
    await dropLocalState(localName);
    if (root) rmSync(join(root, '..'), { recursive: true, force: true });
  });

  it('npx citra before any build builds first, its output on stderr, and prints the report on stdout', () => {
    const audit = spawnSync('npx', ['citra', 'audit', 'docs/examples/strong-en.json', '--json'], { cwd: root, env: strangerEnv(), encoding: 'utf8', timeout: 150_000 });
    expect(audit.stderr).toContain('Building Citra');
    expect(audit.status).toBe(0);
    expect(JSON.parse(audit.stdout)).toHaveProperty('scores.overall');
  }, 160_000);

  describe('embedded: no Postgres or Redis to be found', () => {
    let citra: NpmStart;
    let lock: InstanceLockRecord;

    it('npm start builds, starts PGlite and a redis-server, and says where things are in a few lines', async () => {
      citra = start(strangerEnv({ ...ADMIN, ...EMBEDDED, PORT: String(await freePort()) }));
      lock = await started(citra, root);
      const lines = citra.logLines();
      const upToUrl = lines.slice(0, lines.findIndex((line) => line.context === 'Main') + 1);
      expect(upToUrl.length).toBeGreaterThan(0);
      expect(upToUrl.length).toBeLessThanOrEqual(8);
      const said = upToUrl.map((line) => line.message).join('\n');
      expect(said).toContain(`Data folder: ${root}/.data (owned by this process, pid ${lock.pid}`);
      expect(said).toContain(`Postgres: embedded PGlite, data in ${root}/.data/pglite`);
      expect(said).toMatch(/Redis: redis-server started by Citra on 127\.0\.0\.1:\d+ \(pid \d+; stops with Citra\), key prefix citra_[0-9a-f]{8}/);
      expect(said).toContain(lock.url);
      expect(lines.some((line) => line.context === 'RouterExplorer')).toBe(false);
    }, START_TIMEOUT_MS);

    it('the README runs as written (bash), from the repository root, against it', async () => {
      const blocks = runnableBlocks(readDocBlocks('README.md', readFileSync(join(root, 'README.md'), 'utf8')));
      const failures = await runDocBlocks({ root, shell: 'bash', blocks, baseUrl: lock.url!, env: strangerEnv(), timeoutMs: 120_000 });
      expect(describeFailures(failures)).toBe('');
    }, 130_000);

    it('a second npm start on this checkout is refused, naming the pid that holds .data/ and how to stop it', async () => {
      const second = start(strangerEnv({ ...EMBEDDED, PORT: String(await freePort()) }));
      expect(await second.exit).toBe(1);
      expect(second.output).toContain(`Citra cannot start: another Citra process (npm start, pid ${lock.pid}`);
      expect(second.output).toContain(`kill ${lock.pid}`);
      expect((await api(lock.url!, '/health')).status).toBe(200);
    }, 60_000);

    it('npm run admin:create while it runs goes through it, and the new admin signs in at once', async () => {
      const created = npmRun(root, strangerEnv({ ADMIN_EMAIL: 'ops@example.com', ADMIN_PASSWORD: 'another-long-passphrase' }), 'admin:create');
      expect(created).toEqual({ status: 0, output: expect.stringContaining(`Created admin ops@example.com through the running Citra (pid ${lock.pid}`) });
      const token = await signIn(lock.url!, 'ops@example.com', 'another-long-passphrase');
      expect((await api(lock.url!, '/api/v1/me', { token })).body).toMatchObject({ email: 'ops@example.com', role: 'admin' });
    }, 60_000);

    it('the migration commands go through it too, and revert is refused while it runs', () => {
      const shown = npmRun(root, strangerEnv(), 'migration:show');
      expect(shown.status).toBe(0);
      expect(shown.output).toMatch(/^\[X\] CreateAudits\d+$/m);
      expect(shown.output).toContain(`through the running Citra, pid ${lock.pid}`);
      const reverted = npmRun(root, strangerEnv(), 'migration:revert');
      expect(reverted.status).toBe(1);
      expect(reverted.output).toContain(`another Citra process (npm start, pid ${lock.pid}`);
    }, 60_000);

    it('SIGTERM to npm stops npm, Citra, its workers and database, and its redis-server', async () => {
      process.kill(citra.child.pid!, 'SIGTERM');
      await stopped([citra.child.pid, lock.pid, lock.redisServerPid], root, citra);
      expect(citra.output).toContain('Citra stopped');
    }, STOP_TIMEOUT_MS + 5_000);

    it('starts again on the same data (the admin made while it ran, the audits), and SIGINT to node stops it all', async () => {
      citra = start(strangerEnv({ ...EMBEDDED, PORT: String(await freePort()) }));
      lock = await started(citra, root);
      await signIn(lock.url!, 'ops@example.com', 'another-long-passphrase');
      const candidate = await signIn(lock.url!, 'rina@example.com', 'rina-long-passphrase');
      expect((await api(lock.url!, '/api/v1/audits', { token: candidate })).body.total).toBeGreaterThan(0);
      process.kill(lock.pid, 'SIGINT');
      await stopped([citra.child.pid, lock.pid, lock.redisServerPid], root, citra);
    }, START_TIMEOUT_MS + STOP_TIMEOUT_MS);

    it('a start that fails half-way (its port is taken) stops what it had started, and says why', async () => {
      const taken = createServer();
      await new Promise<void>((listening) => taken.listen(0, listening));
      const port = (taken.address() as AddressInfo).port;
      try {
        // The local Postgres (quicker to start than PGlite), and a redis-server of its own, to see it stopped.
        const failing = start(strangerEnv({ LOCAL_POSTGRES_URL: LOCAL_POSTGRES, LOCAL_REDIS_URL: 'off', PORT: String(port) }));
        expect(await failing.exit).toBe(1);
        expect(failing.output).toContain('redis-server started by Citra');
        expect(failing.output).toContain(`Citra cannot start: PORT ${port} is in use by another program`);
        await stopped([], root, failing);
      } finally {
        taken.close();
      }
    }, START_TIMEOUT_MS);

    it('a setting that a module reads as it loads stops the start with its message, not a crash', async () => {
      const env = { LOCAL_POSTGRES_URL: LOCAL_POSTGRES, LOCAL_REDIS_URL: 'off', AUDIT_JOB_ATTEMPTS: '0', PORT: String(await freePort()) };
      const failing = start(strangerEnv(env));
      expect(await failing.exit).toBe(1);
      expect(failing.output).toContain('redis-server started by Citra');
      expect(failing.output).toContain('Citra cannot start: Invalid environment variable AUDIT_JOB_ATTEMPTS: 0 is outside 1..20');
      expect(failing.output).not.toContain('    at ');
      await stopped([], root, failing);
    }, START_TIMEOUT_MS);
  });

  it('.env from .env.example is honoured for Postgres and Redis alike: where nothing answers, the start names the variable', async () => {
    const example = readFileSync(join(root, '.env.example'), 'utf8');
    expect(example).toMatch(/^DATABASE_URL=postgres:\/\/postgres@127\.0\.0\.1:5432\/citra$/m);
    expect(example).toMatch(/^REDIS_URL=redis:\/\/127\.0\.0\.1:6379$/m);
    // As on a machine with nothing on those ports:
    writeFileSync(join(root, '.env'), example.replace('127.0.0.1:5432', '127.0.0.1:1').replace('127.0.0.1:6379', '127.0.0.1:1'));
    try {
      const noRedis = start(strangerEnv());
      expect(await noRedis.exit).toBe(1);
      expect(noRedis.output).toContain('Citra cannot start: REDIS_URL (set in .env) is redis://127.0.0.1:1, and it did not answer');
      // The environment wins over .env; then .env's DATABASE_URL is used, and named.
      const noPostgres = start(strangerEnv({ REDIS_URL: TEST_REDIS_URL }));
      expect(await noPostgres.exit).toBe(1);
      expect(noPostgres.output).toContain('Citra cannot start: DATABASE_URL (set in .env) is postgres://postgres@127.0.0.1:1/citra, and it did not answer');
      expect(processesIn(root)).toEqual([]);
    } finally {
      rmSync(join(root, '.env'), { force: true });
    }
  }, 60_000);

  describe('every bash block of README.md and docs/*.md, under bash and zsh, on the local Postgres and Redis', () => {
    let citra: NpmStart;
    let lock: InstanceLockRecord;
    const docs = () => ['README.md', ...readdirSync(join(root, 'docs')).filter((file) => file.endsWith('.md')).map((file) => `docs/${file}`)];

    beforeAll(async () => {
      citra = start(strangerEnv({ ...ADMIN, LOCAL_POSTGRES_URL: LOCAL_POSTGRES, LOCAL_REDIS_URL: TEST_REDIS_URL, PORT: String(await freePort()) }));
      lock = await started(citra, root);
    }, START_TIMEOUT_MS);

    afterAll(async () => {
      if (!lock) return;
      process.kill(lock.pid, 'SIGTERM');
      await stopped([citra.child.pid, lock.pid], root, citra);
    }, STOP_TIMEOUT_MS + 5_000);

    it("uses this checkout's own database and key prefix, and /health counts only its own workers", async () => {
      expect(citra.output).toContain(`database ${localName} (this checkout's own)`);
      expect(citra.output).toContain(`key prefix ${localName}`);
      // Other test files run their workers on the same Redis meanwhile, under other prefixes.
      expect((await api(lock.url!, '/health')).body).toMatchObject({ details: { queue: { status: 'up', workers: 1 } } });
    });

    it('npm run start:worker, with SIGTERM to npm, stops its worker process too', async () => {
      const env = { DATABASE_URL: `${LOCAL_POSTGRES}/${localName}`, REDIS_URL: TEST_REDIS_URL, QUEUE_PREFIX: localName };
      const worker = new NpmStart(root, strangerEnv(env), 'start:worker');
      instances.push(worker);
      await eventually(() => (worker.output.includes('Citra worker started') ? true : undefined), START_TIMEOUT_MS, 'the worker to start', () => worker.output);
      // npm's shell and the node process under it.
      const workerPids = processesIn(root)
        .filter((found) => found.command.includes('scripts/start.js worker'))
        .map((found) => found.pid);
      expect(workerPids.length).toBeGreaterThan(0);
      process.kill(worker.child.pid!, 'SIGTERM');
      await eventually(() => (allExited([worker.child.pid, ...workerPids]) ? true : undefined), STOP_TIMEOUT_MS, 'the worker to stop', () => worker.output);
      expect(processesIn(root).filter((found) => found.command.includes('worker'))).toEqual([]);
    }, START_TIMEOUT_MS + STOP_TIMEOUT_MS);

    const shells: Shell[] = ['bash', 'zsh'];
    it.each(shells)('each file runs as written under %s, from a fresh start of its data', async (shell) => {
      const failures = [];
      for (const file of docs()) {
        // README under bash already ran against the embedded instance, as a stranger's first walk-through.
        if (file === 'README.md' && shell === 'bash') continue;
        const blocks = runnableBlocks(readDocBlocks(file, readFileSync(join(root, file), 'utf8')));
        if (blocks.length === 0) continue;
        await resetData(localName, lock);
        failures.push(...(await runDocBlocks({ root, shell, blocks, baseUrl: lock.url!, env: strangerEnv(), timeoutMs: 120_000 })));
      }
      expect(describeFailures(failures)).toBe('');
    }, 300_000);
  });

  it('leaves nothing running', () => {
    expect(processesIn(root)).toEqual([]);
  });
});

/** Every table emptied but the migrations', and the quick start's admin made again: each doc starts as on a new instance. */
async function resetData(database: string, lock: InstanceLockRecord): Promise<void> {
  const client = new Client({ connectionString: `${LOCAL_POSTGRES}/${database}` });
  await client.connect();
  try {
    const { rows } = await client.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'");
    await client.query(`TRUNCATE ${rows.map((row) => `"${row.tablename}"`).join(', ')} RESTART IDENTITY CASCADE`);
  } finally {
    await client.end();
  }
  const response = await fetch(`http://127.0.0.1:${lock.control!.port}/admins`, {
    method: 'POST',
    headers: { authorization: `Bearer ${lock.control!.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ email: ADMIN.ADMIN_EMAIL, password: ADMIN.ADMIN_PASSWORD }),
  });
  expect(response.status).toBe(200);
}

/** The clone's own database on the local Postgres and its Redis keys: created by this test, removed by it. */
async function dropLocalState(name: string | undefined): Promise<void> {
  if (!name) return;
  const client = new Client({ connectionString: `${LOCAL_POSTGRES}/postgres` });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).finally(() => client.end());
  await deleteRedisKeys(`${name}:*`);
}
