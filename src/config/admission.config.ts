import { registerAs } from '@nestjs/config';
import { ConfigError, type Env, readInt } from './env';

/** Most profiles one POST /audits/batch takes; the burst below must hold a whole batch. */
export const BATCH_MAX_ITEMS = 100;

/** The admission settings in `env`; throws a ConfigError naming the variable at fault. */
export function readAdmission(env: Env) {
  const config = {
    /** Audits one account may submit per minute, sustained (each batch item counts); 0 = no limit. */
    ratePerMinute: readInt(env, 'AUDIT_SUBMIT_RATE_PER_MINUTE', 600, 0, 1_000_000),
    /** Audits one account may submit at once above that rate (a full batch must fit). */
    burst: readInt(env, 'AUDIT_SUBMIT_BURST', 200, 1, 1_000_000),
    /** New submissions are refused (503 + Retry-After) while more jobs than this wait for a worker; 0 = no bound. */
    maxWaiting: readInt(env, 'AUDIT_QUEUE_MAX_WAITING', 20_000, 0, 10_000_000),
    /** How old the waiting count an API process checks against AUDIT_QUEUE_MAX_WAITING may be. */
    depthCacheMs: readInt(env, 'AUDIT_QUEUE_DEPTH_CACHE_MS', 1_000, 50, 60_000),
  };
  if (config.ratePerMinute > 0 && config.burst < BATCH_MAX_ITEMS) {
    throw new ConfigError('AUDIT_SUBMIT_BURST', `must be at least ${BATCH_MAX_ITEMS} (one full batch) while AUDIT_SUBMIT_RATE_PER_MINUTE is on`);
  }
  return config;
}

export const admissionConfig = registerAs('admission', () => readAdmission(process.env));
export type AdmissionConfig = ReturnType<typeof admissionConfig>;
