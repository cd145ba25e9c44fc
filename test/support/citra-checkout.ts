import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { isRunning } from '../../src/local/processes';

/** This repository: what a stranger would clone. */
export const REPO_ROOT = resolve(__dirname, '../..');

/**
 * A fresh clone of this repository as a stranger gets it: the files git tracks (and new files not
 * yet committed, so a developer tests what they are about to commit), no dist/, .data/, .env or
 * node_modules. `npm ci` is replaced by a link to this checkout's node_modules: the same lock file,
 * minutes faster, and nothing downloaded.
 */
export function freshClone(): string {
  const root = join(mkdtempSync(join(tmpdir(), 'citra-stranger-')), 'citra');
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: REPO_ROOT, encoding: 'utf8' })
    .split('\0')
    .filter((file) => file !== '' && existsSync(join(REPO_ROOT, file)));
  for (const file of files) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    copyFileSync(join(REPO_ROOT, file), join(root, file));
  }
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

/** The environment of a stranger's shell: no test settings, no Citra variables, no npm run context. */
export function strangerEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const keep = ['PATH', 'HOME', 'USER', 'LANG', 'LC_ALL', 'TMPDIR', 'TERM'];
  const env: NodeJS.ProcessEnv = {};
  for (const name of keep) if (process.env[name] !== undefined) env[name] = process.env[name];
  return { ...env, ...extra };
}

export interface InstanceLockRecord {
  pid: number;
  url?: string;
  control?: { port: number; token: string };
  redisServerPid?: number;
}

export function readLock(root: string): InstanceLockRecord | undefined {
  try {
    return JSON.parse(readFileSync(join(root, '.data', 'citra.lock'), 'utf8')) as InstanceLockRecord;
  } catch {
    return undefined;
  }
}

/** `npm start` (or another npm script) in a checkout, in a process group of its own, with its output kept. */
export class NpmStart {
  readonly child: ChildProcess;
  output = '';
  exit: Promise<number | null>;
  /** Once every process writing to its output (npm, and Citra, which may outlive npm) has closed it: all output read. */
  closed: Promise<void>;

  constructor(root: string, env: NodeJS.ProcessEnv, script = 'start') {
    this.child = spawn('npm', ['run', script], { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child.stdout!.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.child.stderr!.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.exit = new Promise((resolveExit) => this.child.once('exit', (code) => resolveExit(code)));
    this.closed = new Promise((resolveClose) => this.child.once('close', () => resolveClose()));
  }

  /** The JSON log lines Citra wrote (npm's own banner and the build line are not JSON). */
  logLines(): { level: string; context?: string; message: string }[] {
    return this.output
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { level: string; context?: string; message: string });
  }

  /** Kills whatever is left of its process group (cleanup after a failed test). */
  killGroup(): void {
    try {
      process.kill(-this.child.pid!, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

/** Polls until `check` gives a value, or fails after `timeoutMs` with `what` and `context()`. */
export async function eventually<T>(check: () => T | undefined | Promise<T | undefined>, timeoutMs: number, what: string, context = () => ''): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}\n${context()}`);
    await new Promise((resolveDelay) => setTimeout(resolveDelay, 200));
  }
}

/** Processes whose working directory is inside `dir` (Linux: /proc), so nothing started there is left running. */
export function processesIn(dir: string): { pid: number; command: string }[] {
  if (process.platform !== 'linux') return [];
  const found: { pid: number; command: string }[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (isZombie(Number(entry))) continue;
      const cwd = readlinkSync(`/proc/${entry}/cwd`);
      if (cwd === dir || cwd.startsWith(`${dir}/`)) {
        found.push({ pid: Number(entry), command: readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ').trim() });
      }
    } catch {
      // Gone meanwhile, or not ours to read.
    }
  }
  return found;
}

/** Every pid given has exited (a zombie waiting for its parent to reap it counts as exited). */
export function allExited(pids: readonly (number | undefined)[]): boolean {
  return pids.every((pid) => pid === undefined || !isRunning(pid) || isZombie(pid));
}

function isZombie(pid: number): boolean {
  try {
    return /^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** Runs an npm script in the checkout and returns its exit status and output. */
export function npmRun(root: string, env: NodeJS.ProcessEnv, script: string, ...args: string[]) {
  const result = spawnSync('npm', ['run', '--silent', script, ...(args.length > 0 ? ['--', ...args] : [])], { cwd: root, env, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
