import type { LoggerService } from '@nestjs/common';
import { whenOrphaned } from './parent-watch';

export interface Stoppable {
  stop(): Promise<void> | void;
}

/** A signal arrived while npm start was still starting: what had started is stopped, nothing failed. */
export class StoppedDuringStart extends Error {
  constructor() {
    super('Stopped during start-up');
    this.name = 'StoppedDuringStart';
  }
}

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'];
/** Past this, a stop that hangs is cut short: children are killed and the process exits 1. */
const STOP_DEADLINE_MS = 30_000;

/**
 * Everything npm start starts (the lock, Redis, the database, the API and workers, the control
 * endpoint) is registered here as it starts, and stopped newest first: on SIGINT/SIGTERM/SIGHUP/
 * SIGQUIT, and when a later step fails. A signal during a step waits for that step, then stops it
 * too, so PGlite is never left half-initialised. Synchronous exit hooks (kill the child
 * redis-server, release the lock) also run on any exit, crash included.
 */
export class Lifecycle {
  private readonly started: { what: string; stop: () => Promise<void> | void }[] = [];
  private readonly exitHooks: (() => void)[] = [];
  private inFlight: Promise<unknown> | undefined;
  private stopping: Promise<void> | undefined;
  private readonly onSignal = (signal: NodeJS.Signals) => void this.stopOnSignal(signal);

  constructor(private readonly logger: LoggerService) {}

  listen(): this {
    for (const signal of SIGNALS) process.on(signal, this.onSignal);
    process.once('exit', () => this.runExitHooks());
    return this;
  }

  /** Stops when the parent process goes away (npm's shell died of a SIGTERM it did not pass on). */
  stopWhenOrphaned(): this {
    whenOrphaned(() => void this.stopOnSignal('its parent process exited'));
    return this;
  }

  /**
   * Nest's shutdown hooks close the app and then re-raise the signal; once we own shutdown, they go,
   * so a second signal is the user's.
   */
  takeOverSignals(): void {
    for (const signal of SIGNALS) {
      for (const listener of process.listeners(signal)) if (listener !== this.onSignal) process.removeListener(signal, listener);
    }
  }

  get isStopping(): boolean {
    return this.stopping !== undefined;
  }

  /** Runs one start-up step and registers what it started; refuses to begin one once stopping. */
  async start<T extends Stoppable>(what: string, begin: () => Promise<T>): Promise<T> {
    if (this.stopping) throw new StoppedDuringStart();
    const pending = begin();
    this.inFlight = pending.catch(() => undefined);
    const started = await pending;
    this.inFlight = undefined;
    this.started.push({ what, stop: () => started.stop() });
    if (this.stopping) throw new StoppedDuringStart();
    return started;
  }

  /** Something to stop that needs no waiting for (e.g. the lock), plus an optional synchronous exit hook. */
  add(what: string, stop: () => Promise<void> | void, onExit?: () => void): void {
    this.started.push({ what, stop });
    if (onExit) this.exitHooks.push(onExit);
  }

  onExit(hook: () => void): void {
    this.exitHooks.push(hook);
  }

  /** Stops everything started so far, newest first; a failing step is logged and the others still stop. */
  stopAll(): Promise<void> {
    this.stopping ??= (async () => {
      await this.inFlight;
      for (let entry = this.started.pop(); entry; entry = this.started.pop()) {
        try {
          await entry.stop();
        } catch (error) {
          this.logger.error(`Could not stop ${entry.what} cleanly: ${error instanceof Error ? error.message : String(error)}`, 'Stop');
        }
      }
    })();
    return this.stopping;
  }

  private async stopOnSignal(signal: string): Promise<void> {
    if (this.stopping) {
      this.logger.log(`Stopping already (${signal}); at most ${STOP_DEADLINE_MS / 1000} s`, 'Stop');
      return;
    }
    this.logger.log(`Stopping (${signal}): the API, the workers, the database and Redis`, 'Stop');
    const deadline = setTimeout(() => {
      this.logger.error(`Stopping took over ${STOP_DEADLINE_MS / 1000} s; exiting now`, 'Stop');
      process.exit(1);
    }, STOP_DEADLINE_MS);
    deadline.unref();
    await this.stopAll();
    this.logger.log('Citra stopped', 'Stop');
    process.exit(0);
  }

  private runExitHooks(): void {
    for (const hook of this.exitHooks.splice(0)) {
      try {
        hook();
      } catch {
        // Exiting anyway; the next start cleans up what is left (stale lock, orphaned child).
      }
    }
  }
}
