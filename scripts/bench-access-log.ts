/**
 * node dist/scripts/bench-access-log.js --baseline <dir> [--candidate <dir>] [--rounds 15] [--requests 20000]
 *
 * CPU per request of the request-id middleware and its access line (issue 11), for two builds of
 * src/logging: <dir> is a compiled `dist/src/logging` (e.g. of main, built elsewhere); the candidate
 * defaults to this checkout's. Rounds alternate baseline and candidate in one process; medians of
 * microseconds of CPU per request are printed with their ratio. Lines go to a sink that drops them.
 */
import { EventEmitter } from 'node:events';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Logger } from '@nestjs/common';

const { values: options } = parseArgs({
  options: {
    baseline: { type: 'string' },
    candidate: { type: 'string', default: join(__dirname, '../src/logging') },
    rounds: { type: 'string', default: '15' },
    requests: { type: 'string', default: '20000' },
  },
});
if (!options.baseline) throw new Error('--baseline <compiled dist/src/logging> is required');

type Middleware = (request: unknown, response: unknown, next: () => void) => void;
interface LoggingBuild {
  JsonLogger: new (level: string, sink: { write(line: string): unknown }) => object;
  requestIdMiddleware: Middleware;
}

const sink = { bytes: 0, write(line: string) { this.bytes += line.length; } };

function load(dir: string): { middleware: Middleware; logger: object } {
  const build = require(resolve(dir, 'index.js')) as LoggingBuild;
  return { middleware: build.requestIdMiddleware, logger: new build.JsonLogger('log', sink) };
}

/** What express hands the middleware, as far as it reads it. */
function fakeExchange(): { request: object; response: EventEmitter & { statusCode: number; setHeader(): void } } {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const request = { headers, method: 'POST', originalUrl: '/api/v1/audits', header: (name: string) => headers[name.toLowerCase()] };
  const response = Object.assign(new EventEmitter(), { statusCode: 202, setHeader: () => undefined });
  return { request, response };
}

function microsPerRequest(build: { middleware: Middleware; logger: object }, requests: number): number {
  Logger.overrideLogger(build.logger as never);
  const before = process.cpuUsage();
  for (let index = 0; index < requests; index += 1) {
    const { request, response } = fakeExchange();
    build.middleware(request, response, () => undefined);
    response.emit('finish');
  }
  const used = process.cpuUsage(before);
  return (used.user + used.system) / requests;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const baseline = load(options.baseline);
const candidate = load(options.candidate);
const requests = Number(options.requests);
const times = { baseline: [] as number[], candidate: [] as number[] };
for (let round = 0; round < Number(options.rounds); round += 1) {
  const order = round % 2 === 0 ? (['baseline', 'candidate'] as const) : (['candidate', 'baseline'] as const);
  for (const which of order) times[which].push(microsPerRequest(which === 'baseline' ? baseline : candidate, requests));
}
const [base, cand] = [median(times.baseline), median(times.candidate)];
console.log(`request-id middleware + access line, CPU µs per request (median of ${options.rounds} rounds of ${requests})`);
console.log(`| baseline | ${base.toFixed(2)} |\n| candidate | ${cand.toFixed(2)} |\n| candidate/baseline | ${(cand / base).toFixed(2)} |`);
