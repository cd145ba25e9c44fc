import { admissionConfig } from './admission.config';
import { appConfig } from './app.config';
import { databaseConfig } from './database.config';
import { httpConfig } from './http.config';
import { loggingConfig } from './logging.config';
import { metricsConfig } from './metrics.config';
import { queueConfig } from './queue.config';
import { redisConfig } from './redis.config';

export * from './admission.config';
export * from './app.config';
export * from './database.config';
export * from './http.config';
export * from './logging.config';
export * from './metrics.config';
export * from './queue.config';
export * from './redis.config';
export { ConfigError } from './env';

/** Every config namespace; ConfigModule loads them all, and each validates its own variables. */
export const configNamespaces = [appConfig, httpConfig, databaseConfig, redisConfig, queueConfig, admissionConfig, metricsConfig, loggingConfig];

/** Reads every namespace once, so a bad variable stops a process before Nest builds anything (one line, no stack). */
export function validateConfig(): void {
  for (const load of configNamespaces) load();
}
