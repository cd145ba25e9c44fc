import { ConfigError } from './config/env';
import { StartupRefusedError } from './health/redis-eviction-policy';

/** A process that cannot start says why in one line (naming the variable for bad config) and exits 1. */
export function exitOnStartupError(error: unknown): never {
  const configError = findConfigError(error);
  if (configError) {
    console.error(`Citra cannot start: ${configError.message}`);
  } else if (error instanceof StartupRefusedError) {
    console.error(`Citra cannot start: ${error.message}`);
  } else {
    console.error('Citra cannot start:', error instanceof Error ? (error.stack ?? error.message) : error);
  }
  process.exit(1);
}

function findConfigError(error: unknown): ConfigError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth += 1) {
    if (current instanceof ConfigError) return current;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
