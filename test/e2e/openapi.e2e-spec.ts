import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestEnvironment, startTestApp, type TestEnvironment } from './support/test-app';

interface Operation {
  security?: unknown[];
  parameters?: { in: string; name: string }[];
  requestBody?: unknown;
  responses: Record<string, unknown>;
}

/** Routes anyone may call; every other one needs `Authorization: Bearer` (and a role). */
const PUBLIC_ROUTES = [
  'POST /api/v1/auth/signup',
  'POST /api/v1/auth/login',
  // The browser's session (web app): signed in by its cookie, not a bearer token.
  'POST /api/v1/auth/session',
  'GET /api/v1/auth/session',
  'DELETE /api/v1/auth/session',
  'GET /api/v1/shared/{token}',
  'GET /api/v1/audit-requests/{token}',
  'GET /health',
];
/** Path parameters parsed as UUIDs (anything else is a 400). */
const UUID_PARAMS = ['id', 'auditId'];

/** Each documented operation, as `METHOD path`, with the statuses it lists. */
function operations(document: { paths: Record<string, Record<string, Operation>> }) {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ route: `${method.toUpperCase()} ${path}`, operation, statuses: Object.keys(operation.responses) })),
  );
}

describe('OpenAPI (/docs-json) lists the answers each route really gives', () => {
  let env: TestEnvironment;
  let app: INestApplication;
  let all: ReturnType<typeof operations>;

  beforeAll(async () => {
    env = await createTestEnvironment();
    app = await startTestApp({ workers: false });
    all = operations((await request(app.getHttpServer()).get('/docs-json').expect(200)).body);
  });

  afterAll(async () => {
    await app?.close();
    await env?.destroy();
  });

  const statusesOf = (route: string) => all.find((entry) => entry.route === route)?.statuses;

  it('POST /api/v1/audits: 202 queued, 200 replayed, and every refusal', () => {
    expect(statusesOf('POST /api/v1/audits')).toEqual(expect.arrayContaining(['200', '202', '400', '401', '403', '409', '413']));
  });

  it('/health: 200 (up or degraded) and 503', () => {
    expect(statusesOf('GET /health')).toEqual(expect.arrayContaining(['200', '503']));
  });

  it('every route needs a token (and says so) except the public ones', () => {
    // A new public route belongs in PUBLIC_ROUTES (and in docs/accounts-and-sharing.md); any other needs @ApiBearerAuth().
    const open = all.filter(({ operation }) => !operation.security?.length).map(({ route }) => route);
    expect(open.filter((route) => !PUBLIC_ROUTES.includes(route) && !route.startsWith('GET /health'))).toEqual([]);
    expect(open).toEqual(expect.arrayContaining(PUBLIC_ROUTES));
  });

  it('every route lists its success, 401 when it needs a token, 400 when it reads input, 413 when it reads a body', () => {
    const missing = all.flatMap(({ route, operation, statuses }) => {
      const readsInput =
        operation.requestBody ||
        operation.parameters?.some((parameter) => parameter.in === 'query' || (parameter.in === 'path' && UUID_PARAMS.includes(parameter.name)));
      const wanted = [
        statuses.some((status) => status.startsWith('2')) ? undefined : '2xx',
        operation.security?.length ? '401' : undefined,
        readsInput ? '400' : undefined,
        operation.requestBody ? '413' : undefined,
      ].filter((status): status is string => status !== undefined && !statuses.includes(status));
      return wanted.length > 0 ? [`${route}: ${wanted.join(', ')}`] : [];
    });
    expect(missing).toEqual([]);
  });
});
