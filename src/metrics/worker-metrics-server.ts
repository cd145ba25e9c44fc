import { type INestApplicationContext, Logger } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { appConfig } from '../config/app.config';
import { ConfigError } from '../config/env';
import { metricsConfig } from '../config/metrics.config';
import { MetricsService } from './metrics.service';
import { sameSecret } from './same-secret';

/**
 * A worker-only process has no HTTP API, but its job durations and engine timings live in its own
 * registry: with WORKER_METRICS_PORT set it serves them at /metrics, behind METRICS_TOKEN (a worker
 * has no accounts to check an admin token against, so the token is required).
 */
export async function startWorkerMetricsServer(app: INestApplicationContext): Promise<Server | undefined> {
  const config = app.get<ConfigType<typeof metricsConfig>>(metricsConfig.KEY);
  if (config.workerPort === 0) return undefined;
  const token = config.token;
  if (token === undefined) {
    throw new ConfigError('METRICS_TOKEN', 'is required when WORKER_METRICS_PORT is set (the worker has no accounts to check)');
  }
  const metrics = app.get(MetricsService);
  const server = createServer((request, response) => void answer(request, response, metrics, token));
  const { host } = app.get<ConfigType<typeof appConfig>>(appConfig.KEY);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.workerPort, host, () => resolve());
  });
  new Logger('Metrics').log(`Worker metrics on http://${host}:${config.workerPort}/metrics (Bearer METRICS_TOKEN)`);
  return server;
}

async function answer(request: IncomingMessage, response: ServerResponse, metrics: MetricsService, token: string): Promise<void> {
  if (request.method !== 'GET' || (request.url ?? '').split('?')[0] !== '/metrics') {
    response.writeHead(404).end();
    return;
  }
  const header = request.headers.authorization ?? '';
  const given = header.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : '';
  if (!given) {
    response.writeHead(401, { 'WWW-Authenticate': 'Bearer' }).end();
    return;
  }
  if (!sameSecret(given, token)) {
    response.writeHead(403).end();
    return;
  }
  try {
    const body = await metrics.render();
    response.writeHead(200, { 'Content-Type': metrics.contentType, 'Cache-Control': 'no-store' }).end(body);
  } catch (error) {
    new Logger('Metrics').error(`Rendering worker metrics failed: ${error instanceof Error ? error.stack : String(error)}`);
    response.writeHead(500).end();
  }
}
