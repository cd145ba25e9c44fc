import { registerAs } from '@nestjs/config';
import { readEnum } from './env';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'] as const;
export type LogLevelName = (typeof LOG_LEVELS)[number];

export const loggingConfig = registerAs('logging', () => ({
  /** The least severe level written; `log` is Nest's name for info. */
  level: readEnum(process.env, 'LOG_LEVEL', LOG_LEVELS, 'log'),
}));
export type LoggingConfig = ReturnType<typeof loggingConfig>;
