import { type INestApplication, RequestMethod } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { appConfig } from '../config/app.config';
import { requestIdMiddleware } from '../logging/request-id.middleware';
import { httpMetricsMiddleware } from '../metrics/http-metrics.middleware';
import { MetricsService } from '../metrics/metrics.service';
import { serveWebApp } from './web-app';

/** The largest request body the API reads; past it the answer is 413. */
export const BODY_LIMIT = '256kb';

/**
 * Everything about the HTTP app that is not a module: body limits, the /api/v1 prefix, OpenAPI, the web app.
 * main.ts, start.ts and the end-to-end tests all call it, so tests exercise the real set-up.
 */
export function configureHttpApp(app: INestApplication): void {
  const express = app as NestExpressApplication;
  // Before the body parsers, so a 413 or bad JSON is counted and logged with its request id too.
  express.use(requestIdMiddleware, httpMetricsMiddleware(app.get(MetricsService)));
  express.useBodyParser('json', { limit: BODY_LIMIT });
  express.useBodyParser('urlencoded', { limit: BODY_LIMIT, extended: false });
  express.disable('x-powered-by');
  // Without it, req.ip is the proxy's address; with too many hops, a client could forge its own.
  express.set('trust proxy', app.get<ConfigType<typeof appConfig>>(appConfig.KEY).trustProxyHops);
  serveWebApp(express);
  app.setGlobalPrefix('api/v1', {
    exclude: [
      { path: 'health', method: RequestMethod.ALL },
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
