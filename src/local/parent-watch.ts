const CHECK_MS = 500;

/**
 * Calls `onOrphaned` once this process's parent has gone. Under `npm run`, npm forwards SIGTERM to
 * the shell it ran the script with, and a shell that does not exec its one command (dash, cmd.exe)
 * dies of it without passing it on: the process is then re-parented, and notices within a second.
 */
export function whenOrphaned(onOrphaned: () => void): void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    onOrphaned();
  }, CHECK_MS);
  timer.unref();
}

/** For processes started by npm: a parent that went away counts as SIGTERM. */
export function stopWithNpm(): void {
  if (process.env.npm_lifecycle_event) whenOrphaned(() => process.kill(process.pid, 'SIGTERM'));
}
