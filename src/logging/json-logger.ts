import type { LoggerService, LogLevel } from '@nestjs/common';
import { LOG_LEVELS, type LogLevelName } from '../config/logging.config';
import { currentRequestId } from './request-context';

/** Nest's level names, most severe first; `log` is written as `info`. */
const SEVERITY: Record<LogLevelName, number> = { fatal: 0, error: 1, warn: 2, log: 3, debug: 4, verbose: 5 };
const OUTPUT_LEVEL: Record<LogLevelName, string> = { fatal: 'fatal', error: 'error', warn: 'warn', log: 'info', debug: 'debug', verbose: 'verbose' };

export interface LogSink {
  write(line: string): unknown;
}

/**
 * Nest's start-up chatter (a line per module and per route, about 90 in all) is written at debug
 * level, so a start shows what matters: where data lives, which Postgres and Redis, the URL.
 */
const START_UP_CHATTER = new Set(['NestFactory', 'InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestApplication']);

/** Fields a caller may pass as the message object: `{ message, ...fields }` (e.g. the access log). */
type StructuredMessage = { message?: unknown } & Record<string, unknown>;

/**
 * One JSON object per line: timestamp, level, context, message, requestId (when a request is being
 * handled), and stack for errors. Used by main.ts, worker.ts and start.ts in place of Nest's
 * coloured console logger, so log shippers can parse every line.
 */
export class JsonLogger implements LoggerService {
  private threshold: number;

  constructor(
    level: LogLevelName = 'log',
    private readonly sink: LogSink = process.stdout,
  ) {
    this.threshold = SEVERITY[level];
  }

  log(message: unknown, ...rest: unknown[]): void {
    this.write('log', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('verbose', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  /** Nest passes the enabled levels; the least severe of them becomes the threshold. */
  setLogLevels(levels: LogLevel[]): void {
    const known = levels.filter((level): level is LogLevelName => (LOG_LEVELS as readonly string[]).includes(level));
    this.threshold = known.length === 0 ? -1 : Math.max(...known.map((level) => SEVERITY[level]));
  }

  private write(requested: LogLevelName, message: unknown, rest: unknown[]): void {
    const last = rest.length > 0 ? rest[rest.length - 1] : undefined;
    const context = typeof last === 'string' ? last : undefined;
    const level = requested === 'log' && context !== undefined && START_UP_CHATTER.has(context) ? 'debug' : requested;
    if (SEVERITY[level] > this.threshold) return;
    const params = context === undefined ? rest : rest.slice(0, -1);
    const stack = level === 'error' || level === 'fatal' ? stackFrom(message, params) : undefined;
    const fields = messageFields(message);
    const line: Record<string, unknown> = {
      timestamp: new Date().toISOString(),
      level: OUTPUT_LEVEL[level],
      context,
      ...fields,
      // A line written after its request's context ended (the access line) names the request itself.
      requestId: fields.requestId ?? currentRequestId(),
      stack,
    };
    this.sink.write(`${JSON.stringify(line)}\n`);
  }
}

function messageFields(message: unknown): Record<string, unknown> {
  if (message instanceof Error) return { message: message.message };
  if (message !== null && typeof message === 'object') {
    const structured = message as StructuredMessage;
    if (typeof structured.message === 'string') return structured;
    const { message: _text, ...fields } = structured;
    return { message: JSON.stringify(message), ...fields };
  }
  return { message: String(message) };
}

function stackFrom(message: unknown, params: unknown[]): string | undefined {
  if (message instanceof Error) return message.stack;
  const explicit = params.find((param) => typeof param === 'string');
  if (typeof explicit === 'string') return explicit;
  const error = params.find((param) => param instanceof Error);
  return error instanceof Error ? error.stack : undefined;
}
