import { type INestApplication, RequestMethod } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** The largest request body the API reads; past it the answer is 413. */
export const BODY_LIMIT = '256kb';

/**
 * Everything about the HTTP app that is not a module: body limits, the /api/v1 prefix, OpenAPI.
 * main.ts, start.ts and the end-to-end tests all call it, so tests exercise the real set-up.
 */
export function configureHttpApp(app: INestApplication): void {
  const express = app as NestExpressApplication;
  express.useBodyParser('json', { limit: BODY_LIMIT });
  express.useBodyParser('urlencoded', { limit: BODY_LIMIT, extended: false });
  express.disable('x-powered-by');
  app.setGlobalPrefix('api/v1', {
    exclude: [
      { path: 'health', method: RequestMethod.ALL },
      { path: 'metrics', method: RequestMethod.ALL },
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
