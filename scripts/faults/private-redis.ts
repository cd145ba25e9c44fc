import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, redisAnswers } from '../../src/local/local-redis';

export interface ThrowAwayRedis {
  url: string;
  /** Stops the server (SIGKILL, as a crash) and waits for the process to exit. */
  stop(): Promise<void>;
  /** Starts it again on the same port: empty, or with its data when it is persistent. */
  start(): Promise<void>;
  /** Stops it and removes its data. */
  destroy(): Promise<void>;
}

export interface RedisServerOptions {
  maxmemoryPolicy?: string;
  /** Append-only file fsynced on every write, so a crash loses nothing it acknowledged. */
  persistent?: boolean;
}

function isRunning(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

function spawnRedis(port: number, maxmemoryPolicy: string, dataDir: string | undefined): { child: ChildProcess; exited: Promise<void> } {
  const persistence = dataDir ? ['--appendonly', 'yes', '--appendfsync', 'always', '--dir', dataDir] : ['--appendonly', 'no'];
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', ...persistence, '--maxmemory-policy', maxmemoryPolicy],
    { stdio: 'ignore' },
  );
  return { child, exited: new Promise<void>((resolveExit) => child.once('exit', () => resolveExit())) };
}

async function untilAnswering(url: string): Promise<void> {
  for (let tries = 0; !(await redisAnswers(url)); tries += 1) {
    if (tries > 100) throw new Error(`redis-server at ${url} did not start`);
    await new Promise((resolveDelay) => setTimeout(resolveDelay, 50));
  }
}

/**
 * A redis-server of the test's own (needs the binary on the PATH), for tests that stop, flush or
 * reconfigure Redis: the shared one is never touched. `start()` brings it back on the same port.
 */
export async function startRedisServer(options: RedisServerOptions = {}): Promise<ThrowAwayRedis> {
  const maxmemoryPolicy = options.maxmemoryPolicy ?? 'noeviction';
  const dataDir = options.persistent ? mkdtempSync(join(tmpdir(), 'citra-redis-')) : undefined;
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let running = spawnRedis(port, maxmemoryPolicy, dataDir);
  const stop = async () => {
    if (isRunning(running.child)) running.child.kill('SIGKILL');
    await running.exited;
  };
  await untilAnswering(url);
  return {
    url,
    stop,
    start: async () => {
      if (isRunning(running.child)) return;
      running = spawnRedis(port, maxmemoryPolicy, dataDir);
      await untilAnswering(url);
    },
    destroy: async () => {
      await stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
