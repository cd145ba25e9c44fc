import { registerAs } from '@nestjs/config';
import { ConfigError, readInt, readOptionalString } from './env';

const MIN_TOKEN_LENGTH = 24;

export const metricsConfig = registerAs('metrics', () => ({
  /** Bearer token Prometheus sends to scrape /metrics. Unset: only an admin's access token opens it. */
  token: readMetricsToken(),
  /** A worker-only process (npm run start:worker) serves its own /metrics on this port; 0 (default) turns it off. */
  workerPort: readInt(process.env, 'WORKER_METRICS_PORT', 0, 0, 65535),
}));
export type MetricsConfig = ReturnType<typeof metricsConfig>;

function readMetricsToken(): string | undefined {
  const token = readOptionalString(process.env, 'METRICS_TOKEN');
  if (token !== undefined && token.length < MIN_TOKEN_LENGTH) {
    throw new ConfigError('METRICS_TOKEN', `must be at least ${MIN_TOKEN_LENGTH} characters`);
  }
  return token;
}
