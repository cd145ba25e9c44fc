const HELD: NodeJS.Signals[] = ['SIGTERM', 'SIGINT'];

/**
 * Holds SIGTERM/SIGINT while a Nest application starts. BullMQ workers begin taking jobs while the
 * modules initialise, before `enableShutdownHooks()` can be called; a signal in that window killed
 * the process in the middle of a job (left `processing` until its lock ran out). A held signal is
 * sent again once the hooks are in place, so the job is finished and the process stops cleanly.
 */
export function holdSignalsDuringStart(): { release(): void } {
  let received: NodeJS.Signals | undefined;
  const hold = (signal: NodeJS.Signals) => (received ??= signal);
  for (const signal of HELD) process.on(signal, hold);
  return {
    release() {
      for (const signal of HELD) process.off(signal, hold);
      if (received) process.kill(process.pid, received);
    },
  };
}
