import type { INestApplication } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { AUDIT_JOBS, AUDIT_QUEUE } from '../../src/audits/audit-queue.contract';
import { startApi } from '../../src/main';
import { MetricsService } from '../../src/metrics/metrics.service';
import { createTestEnvironment, type TestEnvironment } from './support/test-app';

const PROFILE = { sources: [{ platform: 'x', about: 'Backend engineer. Go, Postgres, Kubernetes.' }] };

/** Everything the process writes to stdout (its JSON log lines) while `action` runs. */
async function stdoutDuring<T>(action: () => Promise<T>): Promise<{ result: T; output: string }> {
  const written: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  try {
    return { result: await action(), output: written.join('') };
  } finally {
    spy.mockRestore();
  }
}

describe('The API warms its request path before it listens (HTTP_WARM_UP_REQUESTS)', () => {
  let env: TestEnvironment;
  let app: INestApplication | undefined;

  beforeAll(async () => {
    env = await createTestEnvironment({ settings: { HTTP_WARM_UP_REQUESTS: '200', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'log' } });
  });

  afterAll(async () => {
    await app?.close();
    delete process.env.HTTP_WARM_UP_REQUESTS;
    await env?.destroy();
  });

  it('sends refused requests only: nothing stored or queued, no access line, no HTTP metric, then serves clients', async () => {
    const { result, output } = await stdoutDuring(() => startApi({ workers: false }));
    app = result.app;
    // A warm-up request answered other than 400 stops the warm-up with this warning.
    expect(output).not.toContain('not warmed up');
    expect(output).not.toContain('"context":"HTTP"');
    expect(await app.get(MetricsService).httpRequests.get()).toMatchObject({ values: [] });
    const db = app.get(DataSource);
    expect(await db.query('SELECT count(*)::int AS n FROM audits')).toEqual([{ n: 0 }]);
    expect(await db.query('SELECT count(*)::int AS n FROM users')).toEqual([{ n: 0 }]);
    // The reconcile schedule's job is the queue's only one.
    const jobs = await app.get<Queue>(getQueueToken(AUDIT_QUEUE)).getJobs(['waiting', 'active', 'delayed', 'completed', 'failed']);
    expect(jobs.map((job) => job.name)).toEqual([AUDIT_JOBS.sweep]);

    const { port } = (app.getHttpServer() as Server).address() as AddressInfo;
    const post = (path: string, body: object, headers: Record<string, string> = {}) =>
      fetch(`http://127.0.0.1:${port}/api/v1/${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    const account = { email: 'warm-up-test@example.com', password: 'correct horse battery staple' };
    expect((await post('auth/signup', { ...account, role: 'candidate' })).status).toBe(201);
    const { accessToken } = (await (await post('auth/login', account)).json()) as { accessToken: string };
    expect((await post('audits', PROFILE, { authorization: `Bearer ${accessToken}` })).status).toBe(202);
  });
});
