import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CannotStartError } from '../startup-error';
import { isRunning, runningCommandIncludes } from './processes';

/** What `.data/citra.lock` says about the process that owns the data folder. */
export interface InstanceRecord {
  pid: number;
  /** What holds it: `npm start`, `npm run admin:create`, … */
  command: string;
  startedAt: string;
  nonce: string;
  /** Where its API answers, once it does. */
  url?: string;
  /** Its local control endpoint (127.0.0.1 only, this token required): admin:create and migrations go through it. */
  control?: { port: number; token: string };
  /** The redis-server it started, so a crashed instance's child can be stopped by the next start. */
  redisServerPid?: number;
}

const LOCK_FILE = 'citra.lock';
const ATTEMPTS = 3;

/** The data folder is owned by a live process; the message names it and says how to stop it. */
export class DataDirInUseError extends CannotStartError {
  constructor(
    readonly holder: InstanceRecord,
    dataDir: string,
  ) {
    super(dataDirInUseMessage(holder, dataDir));
    this.name = 'DataDirInUseError';
  }
}

export function dataDirInUseMessage(holder: InstanceRecord, dataDir: string): string {
  const serving = holder.url ? `, serving ${holder.url}` : '';
  return [
    `another Citra process (${holder.command}, pid ${holder.pid}, since ${holder.startedAt}${serving}) is using ${dataDir}.`,
    'Only one process may use it at a time (the embedded database allows one writer).',
    `Stop that one first (Ctrl-C in its terminal, or: kill ${holder.pid}), then run this command again.`,
  ].join('\n');
}

/**
 * One owner of `.data/`: `npm start` holds this lock while it runs; `admin:create` and the
 * migration commands go through the owner, or take the lock themselves when none runs. Created
 * atomically (a complete file is hard-linked into place, so a reader never sees half of one); a
 * lock whose process is gone is stale and replaced.
 */
export class InstanceLock {
  private constructor(
    private readonly file: string,
    private current: InstanceRecord,
  ) {}

  static acquire(dataDir: string, command: string): InstanceLock {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    const file = join(dataDir, LOCK_FILE);
    const record: InstanceRecord = { pid: process.pid, command, startedAt: new Date().toISOString(), nonce: randomBytes(12).toString('hex') };
    for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
      if (linkInPlace(file, record)) return new InstanceLock(file, record);
      const holder = readRecord(file);
      if (holder && isHolderAlive(holder)) throw new DataDirInUseError(holder, dataDir);
      removeStale(file, holder);
    }
    throw new CannotStartError(`could not take the lock ${file}; remove it if no Citra process runs, then start again.`);
  }

  get record(): InstanceRecord {
    return this.current;
  }

  /** Adds what became known since (the URL, the control endpoint, a child's pid). */
  update(patch: Partial<InstanceRecord>): void {
    if (!this.isOurs()) return;
    this.current = { ...this.current, ...patch };
    const temporary = `${this.file}.${this.current.nonce}.tmp`;
    writeFileSync(temporary, JSON.stringify(this.current), { mode: 0o600 });
    renameSync(temporary, this.file);
  }

  /** Synchronous, so it also runs from a process 'exit' handler. */
  release(): void {
    if (this.isOurs()) unlinkQuietly(this.file);
  }

  private isOurs(): boolean {
    return readRecord(this.file)?.nonce === this.current.nonce;
  }
}

/** The live process that owns `dataDir`, if one does. */
export function readHolder(dataDir: string): InstanceRecord | undefined {
  const holder = readRecord(join(dataDir, LOCK_FILE));
  return holder && isHolderAlive(holder) ? holder : undefined;
}

function linkInPlace(file: string, record: InstanceRecord): boolean {
  const temporary = `${file}.${record.nonce}.tmp`;
  writeFileSync(temporary, JSON.stringify(record), { mode: 0o600 });
  try {
    linkSync(temporary, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return false;
  } finally {
    unlinkQuietly(temporary);
  }
}

function readRecord(file: string): InstanceRecord | undefined {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<InstanceRecord>;
    return typeof parsed.pid === 'number' && typeof parsed.nonce === 'string' ? (parsed as InstanceRecord) : undefined;
  } catch {
    return undefined;
  }
}

/** Alive, and (where the system says) still a node process: a pid reused after a reboot is not a holder. */
function isHolderAlive(holder: InstanceRecord): boolean {
  return holder.pid !== process.pid && isRunning(holder.pid) && runningCommandIncludes(holder.pid, 'node') !== false;
}

/** A stale lock: its process is gone. A redis-server it started and left behind is stopped too. */
function removeStale(file: string, holder: InstanceRecord | undefined): void {
  const orphan = holder?.redisServerPid;
  if (orphan && isRunning(orphan) && runningCommandIncludes(orphan, 'redis-server') === true) {
    process.kill(orphan, 'SIGTERM');
  }
  // Renamed first, so two starters that both saw it stale cannot remove each other's new lock.
  const aside = `${file}.stale-${randomBytes(6).toString('hex')}`;
  try {
    renameSync(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = readRecord(aside);
  if (moved && moved.nonce !== holder?.nonce && isHolderAlive(moved)) {
    // Another starter replaced the stale lock between our read and our rename: give it back.
    try {
      linkSync(aside, file);
    } catch {
      // It has a newer one again; ours is only a copy.
    }
  }
  unlinkQuietly(aside);
}

function unlinkQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // Already gone.
  }
}
