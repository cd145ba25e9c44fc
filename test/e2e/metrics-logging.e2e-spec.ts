import { Controller, Get, type INestApplication } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { Test } from '@nestjs/testing';
import type { Queue } from 'bullmq';
import { createServer } from 'node:net';
import request from 'supertest';
import { AppModule } from '../../src/app.module';
import { Public } from '../../src/auth/auth.decorators';
import { configureHttpApp } from '../../src/http/configure-http';
import { JsonLogger } from '../../src/logging';
import { startWorkerMetricsServer } from '../../src/metrics/worker-metrics-server';
import { PRIVACY_JOBS, PRIVACY_QUEUE } from '../../src/privacy/privacy-queue.contract';
import { type TestAccount, createAccount } from './support/auth';
import { createTestEnvironment, startTestWorker, type TestEnvironment, waitFor } from './support/test-app';

const METRICS_TOKEN = 'scrape-token-for-the-tests-0123456789';
const PROFILE = { sources: [{ platform: 'linkedin', headline: 'Product Designer', about: 'I design checkout flows; conversion +12%.' }] };

/** A route that fails the way a bug does, to see the 500 path end to end. */
@Controller('test-failure')
class FailingController {
  @Public()
  @Get()
  fail(): never {
    throw new Error('database exploded (test)');
  }
}

/** Collects every line the app logs, parsed. */
class CapturedLog {
  readonly lines: Record<string, unknown>[] = [];
  write(line: string): boolean {
    this.lines.push(JSON.parse(line) as Record<string, unknown>);
    return true;
  }
}

/** The real AppModule and HTTP set-up, logging through the JSON logger into memory. */
async function startLoggedApp(log: CapturedLog): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot({ workers: true })],
    controllers: [FailingController],
  }).compile();
  const app = moduleRef.createNestApplication({ bodyParser: false, logger: new JsonLogger('log', log) });
  configureHttpApp(app);
  await app.init();
  return app;
}

function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    if (Object.entries(labels).every(([key, value]) => line.includes(`${key}="${value}"`))) return Number(line.split(' ').pop());
  }
  return undefined;
}

describe('/metrics (Prometheus) and JSON logs with request ids', () => {
  let env: TestEnvironment;
  let app: INestApplication;
  let log: CapturedLog;
  let admin: TestAccount;
  let candidate: TestAccount;

  beforeAll(async () => {
    env = await createTestEnvironment();
    process.env.METRICS_TOKEN = METRICS_TOKEN;
    log = new CapturedLog();
    app = await startLoggedApp(log);
    admin = await createAccount(app, 'admin');
    candidate = await createAccount(app, 'candidate');
  });

  afterAll(async () => {
    delete process.env.METRICS_TOKEN;
    await app?.close();
    await env?.destroy();
  });

  const api = () => request(app.getHttpServer());
  const scrape = async () => (await api().get('/metrics').set('Authorization', `Bearer ${METRICS_TOKEN}`).expect(200)).text;

  it('opens to METRICS_TOKEN and to admins only', async () => {
    await api().get('/metrics').expect(401);
    await api().get('/metrics').set('Authorization', 'Bearer not-the-token').expect(403);
    await api().get('/metrics').set(candidate.auth).expect(403);
    const byAdmin = await api().get('/metrics').set(admin.auth).expect(200);
    expect(byAdmin.headers['content-type']).toMatch(/^text\/plain/);
  });

  it('reports process metrics, HTTP requests by route, audits by status, queue depth, job durations and engine time per KB', async () => {
    const before = await scrape();
    expect(sample(before, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(sample(before, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);

    const submitted = await api().post('/api/v1/audits').set(candidate.auth).send(PROFILE).expect(202);
    await waitFor(async () => {
      const audit = await api().get(`/api/v1/audits/${submitted.body.id}`).set(candidate.auth);
      return audit.body.status === 'completed' ? true : undefined;
    }, 20_000, 'the audit to complete');
    await api().get('/api/v1/audits/4f1c2b9e-8a7d-4c3b-9e2f-1a2b3c4d5e6f').set(candidate.auth).expect(404);

    const after = await waitFor(async () => {
      const text = await scrape();
      return (sample(text, 'citra_job_duration_seconds_count', { name: 'run-audit', outcome: 'completed' }) ?? 0) >= 1 ? text : undefined;
    }, 10_000, 'the job duration to be recorded');
    expect(sample(after, 'citra_http_requests_total', { method: 'POST', route: '/api/v1/audits', status: '202' })).toBe(1);
    expect(sample(after, 'citra_http_requests_total', { method: 'GET', route: '/api/v1/audits/:id', status: '404' })).toBe(1);
    expect(sample(after, 'citra_http_request_duration_seconds_count', { method: 'POST', route: '/api/v1/audits' })).toBe(1);
    expect(after).not.toContain('4f1c2b9e-8a7d-4c3b-9e2f-1a2b3c4d5e6f');
    expect(sample(after, 'citra_audits', { status: 'completed' })).toBe(1);
    expect(sample(after, 'citra_audits', { status: 'failed' })).toBe(0);
    expect(sample(after, 'citra_queue_jobs', { queue: 'audits', state: 'waiting' })).toBe(0);
    expect(sample(after, 'citra_queue_jobs', { queue: 'audits', state: 'completed' })).toBeGreaterThanOrEqual(1);
    expect(sample(after, 'citra_engine_ms_per_kb_count')).toBe(1);
    expect(sample(after, 'citra_engine_ms_per_kb_sum')).toBeGreaterThan(0);
  });

  it('records job durations for the privacy queue too', async () => {
    await app.get<Queue>(getQueueToken(PRIVACY_QUEUE)).add(PRIVACY_JOBS.purgeProfiles, {});
    await waitFor(async () => {
      const text = await scrape();
      const runs = sample(text, 'citra_job_duration_seconds_count', { queue: PRIVACY_QUEUE, name: PRIVACY_JOBS.purgeProfiles, outcome: 'completed' });
      return (runs ?? 0) >= 1 ? true : undefined;
    }, 10_000, 'a privacy job duration to be recorded');
  });

  it('returns the caller’s X-Request-Id (or a new one) and writes it on the request’s log lines', async () => {
    const given = await api().get('/health').set('X-Request-Id', 'trace-abc.123').expect(200);
    expect(given.headers['x-request-id']).toBe('trace-abc.123');

    const made = await api().get('/api/v1/audits').set(candidate.auth).expect(200);
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const access = log.lines.find((line) => line.requestId === made.headers['x-request-id'] && line.context === 'HTTP');
    expect(access).toMatchObject({ level: 'info', method: 'GET', path: '/api/v1/audits', status: 200 });
    expect(typeof access?.timestamp).toBe('string');

    const forged = await api().get('/health').set('X-Request-Id', `${'x'.repeat(129)}"}{"level":"fatal`).expect(200);
    expect(forged.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('a 500 answers with an errorId and its error log line carries the request id', async () => {
    const response = await api().get('/api/v1/test-failure').set('X-Request-Id', 'req-500-check').expect(500);
    expect(response.headers['x-request-id']).toBe('req-500-check');
    expect(response.body).not.toHaveProperty('stack');
    const errorLine = log.lines.find((line) => line.level === 'error' && line.requestId === 'req-500-check');
    expect(errorLine).toMatchObject({ context: 'HttpError' });
    expect(String(errorLine?.message)).toContain(response.body.errorId);
    expect(String(errorLine?.message)).toContain('database exploded (test)');
  });

  it('a worker-only process serves its own /metrics on WORKER_METRICS_PORT, behind METRICS_TOKEN', async () => {
    process.env.WORKER_METRICS_PORT = String(await freePort());
    const worker = await startTestWorker();
    const server = await startWorkerMetricsServer(worker);
    try {
      const url = `http://127.0.0.1:${process.env.WORKER_METRICS_PORT}`;
      expect((await fetch(`${url}/metrics`)).status).toBe(401);
      expect((await fetch(`${url}/metrics`, { headers: { Authorization: 'Bearer wrong' } })).status).toBe(403);
      const scraped = await fetch(`${url}/metrics`, { headers: { Authorization: `Bearer ${METRICS_TOKEN}` } });
      expect(scraped.status).toBe(200);
      const text = await scraped.text();
      expect(text).toContain('# TYPE citra_job_duration_seconds histogram');
      expect(text).toContain('process_cpu_user_seconds_total');

      delete process.env.METRICS_TOKEN;
      const tokenless = await startTestWorker();
      await expect(startWorkerMetricsServer(tokenless)).rejects.toThrow(/METRICS_TOKEN/);
      await tokenless.close();
    } finally {
      process.env.METRICS_TOKEN = METRICS_TOKEN;
      delete process.env.WORKER_METRICS_PORT;
      await new Promise((resolve) => server?.close(resolve));
      await worker.close();
    }
  });
});

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
