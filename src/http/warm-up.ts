import type { INestApplication } from '@nestjs/common';
import { Agent, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { TokenService } from '../auth/token.service';
import type { LogLevelName } from '../config/logging.config';
import type { JsonLogger } from '../logging';
import { MetricsService } from '../metrics/metrics.service';

/** Connections the warm-up sends on at once: enough to mix reads and answers as traffic does. */
const WARM_UP_CONNECTIONS = 4;

/**
 * A profile the way clients send one, except for its locale, which validation refuses after it has
 * checked everything else: the request runs the whole way to the validation pipe and stores nothing.
 */
const REFUSED_PROFILE = JSON.stringify({
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
  locale: 'warm-up',
});

/**
 * Sends `requests` POST /api/v1/audits through the app before it listens for clients, so V8 has
 * compiled the request path (Node's HTTP, the middleware, body parsing, Nest's routing, the guard and
 * the validation pipe) before the first client pays for it cold. Each carries a token of an account
 * that does not exist and a profile that validation refuses (400): nothing reaches Postgres or Redis.
 * On a loopback port of its own, closed afterwards; its access lines are not written and its
 * requests are not counted in the HTTP metrics.
 */
export async function warmUpRequestPath(app: INestApplication, requests: number, logger: JsonLogger, logLevel: LogLevelName): Promise<void> {
  if (requests === 0) return;
  await app.init();
  const server = app.getHttpServer() as Server;
  const token = (await app.get(TokenService).issue({ id: randomUUID(), email: 'warm-up@citra.invalid', role: 'candidate' })).accessToken;
  const agent = new Agent({ keepAlive: true, maxSockets: WARM_UP_CONNECTIONS });
  logger.setLogLevels(['fatal', 'error', 'warn']);
  try {
    const port = await listenOnLoopback(server);
    let sent = 0;
    const connection = async () => {
      while (sent < requests) {
        sent += 1;
        await refusedPost(agent, port, token);
      }
    };
    await Promise.all(Array.from({ length: WARM_UP_CONNECTIONS }, connection));
  } finally {
    agent.destroy();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    logger.setLogLevels([logLevel]);
    const metrics = app.get(MetricsService);
    metrics.httpRequests.reset();
    metrics.httpDuration.reset();
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

function refusedPost(agent: Agent, port: number, token: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const post = httpRequest(
      {
        host: '127.0.0.1', port, path: '/api/v1/audits', method: 'POST', agent,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(REFUSED_PROFILE) },
      },
      (response) => {
        response.resume();
        response.once('end', () => (response.statusCode === 400 ? resolve() : reject(new Error(`The warm-up request was answered ${response.statusCode}, not 400`))));
      },
    );
    post.once('error', reject);
    post.end(REFUSED_PROFILE);
  });
}
