import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { freePort } from '../../src/local/local-redis';

export type StackKind = 'bare' | 'citra';

export interface StackSettings {
  root: string;
  databaseUrl: string;
  redisUrl: string;
  queuePrefix: string;
  workers: number;
  engineCpuMs: number;
  reportFile: string;
  /** Where the processes' output goes (a file each). */
  logDir: string;
  /** Extra environment for Citra's processes (e.g. a limit the benchmark must not hit). */
  citraEnv: Record<string, string>;
}

export interface Stack {
  kind: StackKind;
  port: number;
  api: ChildProcess;
  workers: ChildProcess[];
  /** The table whose rows are the stack's audits. */
  table: 'audits' | 'bare_audits';
  /** Headers every submission carries (Citra: a candidate's bearer token). */
  headers: Record<string, string>;
  path: string;
  stop(): Promise<void>;
}

/** Every child the benchmark started, so that any exit kills them. */
export const children = new Set<ChildProcess>();

/**
 * Output goes to a file, not a pipe: writes to a pipe are synchronous on Linux, so a benchmark busy
 * sending load would stall a process that logs every request until it read the pipe.
 * Each process leads its own session (`detached`), as a separate service would: with the kernel's
 * autogroup scheduling (Linux's default on desktops and shared machines) a session's processes share
 * one group's CPU, so the API, its workers and the load generator would otherwise take CPU from each
 * other and the API's answers/s would fall as workers were added.
 */
export function launch(args: string[], env: NodeJS.ProcessEnv, readyLine: string, logFile: string): Promise<ChildProcess> {
  const out = openSync(logFile, 'a');
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', out, out], detached: true });
  closeSync(out);
  children.add(child);
  child.once('exit', () => children.delete(child));
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      if (readFileSync(logFile, 'utf8').includes(readyLine)) {
        clearInterval(timer);
        resolve(child);
      }
    }, 100);
    child.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`${args.join(' ')} exited (${code}) before it was ready:\n${readFileSync(logFile, 'utf8').slice(-3000)}`));
    });
  });
}

async function stopAll(processes: ChildProcess[]): Promise<void> {
  await Promise.all(
    processes.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
          child.once('exit', () => {
            clearTimeout(force);
            resolve();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
}

async function candidateHeaders(port: number): Promise<Record<string, string>> {
  const base = `http://127.0.0.1:${port}/api/v1/auth`;
  const account = { email: `bench-${randomBytes(6).toString('hex')}@example.com`, password: 'bench-long-passphrase' };
  const post = (path: string, body: object) =>
    fetch(`${base}/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const signup = await post('signup', { ...account, role: 'candidate' });
  if (signup.status !== 201) throw new Error(`signup answered ${signup.status}: ${await signup.text()}`);
  const login = (await (await post('login', account)).json()) as { accessToken: string };
  return { authorization: `Bearer ${login.accessToken}` };
}

export async function startStack(kind: StackKind, settings: StackSettings): Promise<Stack> {
  const port = await freePort();
  const logs = (name: string) => join(settings.logDir, `${settings.queuePrefix}-${kind}-${name}.log`);
  const common = {
    ...process.env,
    DATABASE_URL: settings.databaseUrl,
    REDIS_URL: settings.redisUrl,
    QUEUE_PREFIX: settings.queuePrefix,
    PORT: String(port),
    // Citra's processes stop by themselves when the benchmark is killed (src/local/parent-watch.ts).
    npm_lifecycle_event: 'bench:pipeline',
  };
  if (kind === 'bare') {
    const script = join(settings.root, 'dist/scripts/bench-pipeline/bare.js');
    const env = { ...common, BARE_ENGINE_CPU_MS: String(settings.engineCpuMs), BARE_REPORT_FILE: settings.reportFile };
    const api = await launch([script, 'api'], env, 'bare api ready', logs('api'));
    const workers = await Promise.all(Array.from({ length: settings.workers }, (_, index) => launch([script, 'worker'], env, 'bare worker ready', logs(`worker${index}`))));
    return { kind, port, api, workers, table: 'bare_audits', headers: {}, path: '/audits', stop: () => stopAll([api, ...workers]) };
  }
  const env = {
    ...common,
    ...settings.citraEnv,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    JWT_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'log',
  };
  // BENCH_API_NODE_ARGS / BENCH_WORKER_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") profile the API / workers under this load.
  const nodeArgs = (name: string) => (process.env[name] ?? '').split(' ').filter((arg) => arg !== '');
  const apiNodeArgs = nodeArgs('BENCH_API_NODE_ARGS');
  const api = await launch([...apiNodeArgs, join(settings.root, 'dist/src/main.js')], env, 'Citra is running', logs('api'));
  const workers = await Promise.all(
    Array.from({ length: settings.workers }, (_, index) => launch([...nodeArgs('BENCH_WORKER_NODE_ARGS'), join(settings.root, 'dist/src/worker.js')], env, 'Citra worker started', logs(`worker${index}`))),
  );
  const headers = await candidateHeaders(port);
  return { kind, port, api, workers, table: 'audits', headers, path: '/api/v1/audits', stop: () => stopAll([api, ...workers]) };
}
