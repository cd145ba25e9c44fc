import { type ChildProcess, spawn } from 'node:child_process';
import { freePort, redisAnswers } from '../../../src/local/local-redis';

export interface ThrowAwayRedis {
  url: string;
  /** Stops the server (SIGKILL) and waits for the process to exit. */
  stop(): Promise<void>;
  /** Starts it again on the same port (empty). */
  start(): Promise<void>;
}

function isRunning(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

function spawnRedis(port: number, maxmemoryPolicy: string): { child: ChildProcess; exited: Promise<void> } {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--maxmemory-policy', maxmemoryPolicy],
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
 * A redis-server of the test's own (needs the binary on the PATH), for tests that stop Redis or
 * change its policy. `start()` brings it back on the same port after `stop()`.
 */
export async function startRedisServer(maxmemoryPolicy = 'noeviction'): Promise<ThrowAwayRedis> {
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let running = spawnRedis(port, maxmemoryPolicy);
  await untilAnswering(url);
  return {
    url,
    stop: async () => {
      if (isRunning(running.child)) running.child.kill('SIGKILL');
      await running.exited;
    },
    start: async () => {
      if (isRunning(running.child)) return;
      running = spawnRedis(port, maxmemoryPolicy);
      await untilAnswering(url);
    },
  };
}
