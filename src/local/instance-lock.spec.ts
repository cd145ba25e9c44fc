import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataDirInUseError, InstanceLock, readHolder } from './instance-lock';
import { isRunning } from './processes';

/** A live node process that is not this one, to stand for another Citra. */
function otherNodeProcess() {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  return { pid: child.pid!, stop: () => child.kill('SIGKILL') };
}

describe('the lock on .data/', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'citra-lock-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('is taken once, readable only by its user, and released', () => {
    const lock = InstanceLock.acquire(dataDir, 'npm start');
    expect(statSync(join(dataDir, 'citra.lock')).mode & 0o777).toBe(0o600);
    lock.update({ url: 'http://localhost:3000' });
    expect(JSON.parse(readFileSync(join(dataDir, 'citra.lock'), 'utf8'))).toMatchObject({ pid: process.pid, command: 'npm start', url: 'http://localhost:3000' });
    lock.release();
    expect(existsSync(join(dataDir, 'citra.lock'))).toBe(false);
    InstanceLock.acquire(dataDir, 'npm start').release();
  });

  it('refuses a second owner while the first lives, naming its pid and how to stop it', () => {
    const other = otherNodeProcess();
    try {
      writeFileSync(
        join(dataDir, 'citra.lock'),
        JSON.stringify({ pid: other.pid, command: 'npm start', startedAt: '2026-11-29T07:00:00.000Z', nonce: 'n1', url: 'http://localhost:3000' }),
      );
      expect(readHolder(dataDir)?.pid).toBe(other.pid);
      expect(() => InstanceLock.acquire(dataDir, 'npm run admin:create')).toThrow(DataDirInUseError);
      expect(() => InstanceLock.acquire(dataDir, 'npm run admin:create')).toThrow(
        new RegExp(`another Citra process \\(npm start, pid ${other.pid}, since .*, serving http://localhost:3000\\) is using ${dataDir}[\\s\\S]*kill ${other.pid}`),
      );
    } finally {
      other.stop();
    }
  });

  it('replaces a stale lock (its process is gone) and stops the redis-server that process left behind', async () => {
    const orphan = spawn('redis-server', ['--port', '0', '--save', '', '--appendonly', 'no'], { stdio: 'ignore', detached: true });
    const exited = new Promise((resolveExit) => orphan.once('exit', resolveExit));
    writeFileSync(
      join(dataDir, 'citra.lock'),
      JSON.stringify({ pid: 2 ** 22 + 1, command: 'npm start', startedAt: '2026-11-29T07:00:00.000Z', nonce: 'old', redisServerPid: orphan.pid }),
    );
    expect(readHolder(dataDir)).toBeUndefined();
    const lock = InstanceLock.acquire(dataDir, 'npm start');
    await exited;
    expect(isRunning(orphan.pid!)).toBe(false);
    expect(lock.record.pid).toBe(process.pid);
    lock.release();
  });

  it('leaves alone a lock that is no longer its own', () => {
    const lock = InstanceLock.acquire(dataDir, 'npm start');
    writeFileSync(join(dataDir, 'citra.lock'), JSON.stringify({ pid: 1, command: 'npm start', startedAt: 'x', nonce: 'someone-else' }));
    lock.release();
    expect(existsSync(join(dataDir, 'citra.lock'))).toBe(true);
  });
});
