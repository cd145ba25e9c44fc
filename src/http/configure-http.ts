import { type INestApplication, RequestMethod } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { Server } from 'node:http';
import { appConfig } from '../config/app.config';
import { httpConfig } from '../config/http.config';
import { requestIdMiddleware } from '../logging/request-id.middleware';
import { httpMetricsMiddleware } from '../metrics/http-metrics.middleware';
import { MetricsService } from '../metrics/metrics.service';
import { BODY_LIMIT_BYTES, bodyGuard } from './body-guard';
import { bodyHygieneMiddleware } from './body-hygiene';
import { serveWebApp } from './web-app';

/**
 * Everything about the HTTP app that is not a module: timeouts, body limits, the /api/v1 prefix,
 * OpenAPI, the web app. main.ts, start.ts and the end-to-end tests all call it, so tests exercise
 * the real set-up.
 */
export function configureHttpApp(app: INestApplication): void {
  const express = app as NestExpressApplication;
  const http = app.get<ConfigType<typeof httpConfig>>(httpConfig.KEY);
  applyServerTimeouts(app.getHttpServer() as Server, http);
  // Before the body parsers, so a 413 or bad JSON is counted and logged with its request id too.
  express.use(requestIdMiddleware, httpMetricsMiddleware(app.get(MetricsService)));
  express.use(bodyGuard({ limitBytes: BODY_LIMIT_BYTES, timeoutMs: http.bodyTimeoutMs }));
  express.useBodyParser('json', { limit: BODY_LIMIT_BYTES });
  express.useBodyParser('urlencoded', { limit: BODY_LIMIT_BYTES, extended: false });
  express.use(bodyHygieneMiddleware);
  express.disable('x-powered-by');
  // Without it, req.ip is the proxy's address; with too many hops, a client could forge its own.
  express.set('trust proxy', app.get<ConfigType<typeof appConfig>>(appConfig.KEY).trustProxyHops);
  serveWebApp(express);
  app.setGlobalPrefix('api/v1', {
    exclude: [
      { path: 'health', method: RequestMethod.ALL },
      { path: 'health/{*path}', method: RequestMethod.ALL },
      { path: 'metrics', method: RequestMethod.ALL },
      // The admin API's controllers carry their full path (see ADMIN_API_PATH); the dashboard and its sign-in stay at /admin.
      { path: 'api/v1/admin/{*path}', method: RequestMethod.ALL },
      { path: 'admin/session', method: RequestMethod.ALL },
      { path: 'admin/queues', method: RequestMethod.ALL },
      { path: 'admin/queues/{*path}', method: RequestMethod.ALL },
    ],
  });
  app.enableShutdownHooks();
  const openApi = new DocumentBuilder()
    .setTitle('Citra API')
    .setDescription('Personal-brand audits for job seekers: submit profiles, read reports, share recruiter summaries.')
    .setVersion('1')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, openApi));
}

/**
 * Node closes a connection whose headers, or whole request, have not arrived in time (408). It
 * checks every connectionsCheckingInterval (30 s by default, read when the server starts
 * listening), so that is shortened too.
 */
function applyServerTimeouts(server: Server, http: ConfigType<typeof httpConfig>): void {
  server.headersTimeout = http.headersTimeoutMs;
  server.requestTimeout = http.requestTimeoutMs;
  (server as Server & { connectionsCheckingInterval: number }).connectionsCheckingInterval = Math.min(1_000, http.headersTimeoutMs);
}
