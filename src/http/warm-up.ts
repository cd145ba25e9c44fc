import type { INestApplication } from '@nestjs/common';
import { Agent, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SubmissionWarmUp } from '../audits/submission-warm-up';
import { withDeadline } from '../common/dependency-errors';
import type { LogLevelName } from '../config/logging.config';
import type { JsonLogger } from '../logging';
import { MetricsService } from '../metrics/metrics.service';

/** Connections the warm-up sends on at once: enough to mix reads and answers as traffic does. */
const WARM_UP_CONNECTIONS = 4;
/** Past it (a hung Postgres or Redis) the API starts without the rest of its warm-up. */
const WARM_UP_DEADLINE_MS = 60_000;

/** A profile the way clients send one: stored as the warm-up account's audit, then deleted. */
const WARM_UP_PROFILE = JSON.stringify({
  targetRole: 'data analyst',
  sources: [
    {
      platform: 'linkedin',
      handle: 'warm-up',
      displayName: 'Warm Up',
      url: 'https://www.linkedin.com/in/warm-up',
      headline: 'Data Analyst | SQL, Python & Power BI | Retail pricing',
      about: 'I help retail teams price smarter with clean data, dashboards and experiments. Analis data yang suka membangun dasbor.',
      posts: [
        { text: 'Shipped a demand dashboard that cut stock-outs by 18% across 40 stores.', postedAt: '2026-10-28', likes: 12, comments: 3 },
        { text: 'Wrote up how we test price changes without hurting margins: a thread.', postedAt: '2026-09-02', likes: 40, shares: 2 },
      ],
      metrics: { followers: 480, following: 210 },
    },
    { platform: 'github', handle: 'warm-up', url: 'https://github.com/warm-up', about: 'SQL and Python notebooks.' },
  ],
  locale: 'en',
});

/** 202, or 503 while the real queue is over AUDIT_QUEUE_MAX_WAITING at start: both are the path clients take. */
const WARM_UP_ANSWERS = new Set([202, 503]);

/**
 * Sends `requests` POST /api/v1/audits through the app before it listens for clients, so V8 has
 * compiled the whole submission path (Node's HTTP, the middleware, body parsing, Nest's routing, the
 * guard, validation, admission, the INSERT, the job add and the 202) before the first client pays for
 * it cold. They are real submissions of accounts of the warm-up's own (SubmissionWarmUp): their jobs
 * go to a queue of their own, and the accounts, their audits and that queue are deleted afterwards.
 * On a loopback port of its own, closed afterwards; its access lines are not written and its
 * requests are not counted in the HTTP metrics.
 */
export async function warmUpRequestPath(app: INestApplication, requests: number, logger: JsonLogger, logLevel: LogLevelName): Promise<void> {
  if (requests === 0) return;
  await app.init();
  const server = app.getHttpServer() as Server;
  const session = await app.get(SubmissionWarmUp).open(requests);
  const agent = new Agent({ keepAlive: true, maxSockets: WARM_UP_CONNECTIONS });
  logger.setLogLevels(['fatal', 'error', 'warn']);
  try {
    const port = await listenOnLoopback(server);
    let sent = 0;
    let failed = false;
    // After a failure the other connections wait for their answers, so no submission is still being handled when the session closes.
    const connection = async () => {
      while (sent < requests && !failed) {
        const token = session.tokens[Math.floor(sent / session.submissionsPerToken)]!;
        sent += 1;
        await submit(agent, port, token).catch((error: unknown) => {
          failed = true;
          throw error;
        });
      }
    };
    const answered = await withDeadline(Promise.allSettled(Array.from({ length: WARM_UP_CONNECTIONS }, connection)), WARM_UP_DEADLINE_MS, 'The warm-up submissions');
    const failure = answered.find((outcome) => outcome.status === 'rejected');
    if (failure) throw failure.reason;
  } finally {
    agent.destroy();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    logger.setLogLevels([logLevel]);
    const metrics = app.get(MetricsService);
    metrics.httpRequests.reset();
    metrics.httpDuration.reset();
    await session.close();
  }
}

function listenOnLoopback(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function submit(agent: Agent, port: number, token: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const post = httpRequest(
      {
        host: '127.0.0.1', port, path: '/api/v1/audits', method: 'POST', agent,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(WARM_UP_PROFILE) },
      },
      (response) => {
        response.resume();
        response.once('end', () => (WARM_UP_ANSWERS.has(response.statusCode!) ? resolve() : reject(new Error(`A warm-up submission was answered ${response.statusCode}, not 202`))));
      },
    );
    post.once('error', reject);
    post.end(WARM_UP_PROFILE);
  });
}
