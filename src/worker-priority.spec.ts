import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sessionId } from './worker-priority';

const ROOT = resolve(__dirname, '..');
const AUTOGROUPS = readFileSync('/proc/sys/kernel/sched_autogroup_enabled', 'utf8').trim() === '1';
/** The kernel limits autogroup changes to one per 100 ms except for CAP_SYS_ADMIN: as root, the children run as nobody. */
const UNPRIVILEGED = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

interface ChildReport {
  outcome: { niceness: number; autogroupNiceness?: number };
  autogroup: string;
}

/** Runs lowerPriority in a child (it would lower Jest's own priority), in a session of its own or in Jest's. */
function lowerInChild(nice: number, ownSession: boolean, command: string[] = [process.execPath]): Promise<ChildReport> {
  const script = `
    const { lowerPriority } = require(${JSON.stringify(resolve(ROOT, 'src/worker-priority.ts'))});
    const outcome = lowerPriority(${nice});
    const autogroup = require('node:fs').readFileSync('/proc/self/autogroup', 'utf8').trim();
    process.stdout.write(JSON.stringify({ outcome, autogroup }));`;
  const [program, ...prefix] = command;
  const child = spawn(program!, [...prefix, '-r', resolve(ROOT, 'test/support/swc-register.js'), '-e', script], {
    detached: ownSession,
    ...UNPRIVILEGED,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((done, fail) => {
    child.once('error', fail);
    child.once('exit', (code) => (code === 0 ? done(JSON.parse(output) as ChildReport) : fail(new Error(`child exited ${code}`))));
  });
}

describe('lowerPriority (WORKER_NICE)', () => {
  it('lowers the autogroup of a process that leads its own session, for every worker started at once', async () => {
    // The kernel refuses a second autogroup change within 100 ms: four at once must all still get there.
    const reports = await Promise.all([1, 2, 3, 4].map(() => lowerInChild(10, true)));
    for (const { outcome, autogroup } of reports) {
      expect(outcome.niceness).toBe(10);
      if (AUTOGROUPS) {
        expect(outcome.autogroupNiceness).toBe(10);
        expect(autogroup).toMatch(/ nice 10$/);
      } else {
        expect(outcome.autogroupNiceness).toBeUndefined();
      }
    }
  });

  it('leaves the autogroup of a session it shares (with an API started from the same shell) alone', async () => {
    const { outcome, autogroup } = await lowerInChild(10, false);
    expect(outcome).toEqual({ niceness: 10 });
    expect(autogroup).toBe(readFileSync('/proc/self/autogroup', 'utf8').trim());
  });

  it('never raises a priority it was started with', async () => {
    const { outcome } = await lowerInChild(5, true, ['nice', '-n', '12', process.execPath]);
    expect(outcome.niceness).toBe(12);
  });
});

describe('sessionId', () => {
  it('reads the session from a stat line whose command name holds spaces and parentheses', () => {
    expect(sessionId('4242 (node (a) b) S 4000 4100 4200 0 -1 4194560 1 0 0 0')).toBe(4200);
    expect(sessionId('')).toBeUndefined();
  });
});
