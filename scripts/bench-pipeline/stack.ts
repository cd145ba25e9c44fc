import { type ChildProcess, spawn } from 'node:child_process';
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

function launch(args: string[], env: NodeJS.ProcessEnv, readyLine: string, log: string[]): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return new Promise((resolve, reject) => {
    let seen = '';
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.length > 100_000) seen = seen.slice(-50_000);
      if (seen.includes(readyLine)) resolve(child);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => log.push(chunk.toString()));
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited (${code}) before it was ready:\n${seen.slice(-2000)}${log.join('').slice(-2000)}`)));
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
  const log: string[] = [];
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
    const api = await launch([script, 'api'], env, 'bare api ready', log);
    const workers = await Promise.all(Array.from({ length: settings.workers }, () => launch([script, 'worker'], env, 'bare worker ready', log)));
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
  const api = await launch([join(settings.root, 'dist/src/main.js')], env, 'Citra is running', log);
  const workers = await Promise.all(
    Array.from({ length: settings.workers }, () => launch([join(settings.root, 'dist/src/worker.js')], env, 'Citra worker started', log)),
  );
  const headers = await candidateHeaders(port);
  return { kind, port, api, workers, table: 'audits', headers, path: '/api/v1/audits', stop: () => stopAll([api, ...workers]) };
}
