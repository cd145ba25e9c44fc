import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { type ChildProcess, fork } from 'node:child_process';
import { resolve } from 'node:path';
import request from 'supertest';
import { AUDIT_QUEUE } from '../../src/audits/audit-queue.contract';
import { createAccount, type TestAccount } from './support/auth';
import { createTestEnvironment, startTestApp, startTestWorker, type TestEnvironment, waitFor } from './support/test-app';

/**
 * A worker process takes the audit's job and is killed with SIGKILL mid-job. BullMQ's stalled-job
 * check hands the job to the next worker, and the audit completes.
 */
describe('A worker killed in the middle of a job', () => {
  let env: TestEnvironment;
  let api: INestApplication;
  let worker: INestApplicationContext | undefined;
  let doomed: ChildProcess | undefined;
  let candidate: TestAccount;

  beforeAll(async () => {
    env = await createTestEnvironment();
    api = await startTestApp({ workers: false });
    candidate = await createAccount(api, 'candidate');
  });

  afterAll(async () => {
    doomed?.kill('SIGKILL');
    await worker?.close();
    await api?.close();
    await env?.destroy();
  });

  it('does not lose the audit: it completes later on another worker', async () => {
    doomed = fork(resolve(__dirname, 'support/hanging-worker.js'), [env.redisUrl, env.queuePrefix, AUDIT_QUEUE], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    await new Promise<void>((ready) => doomed!.once('message', (message) => message === 'ready' && ready()));

    const submitted = await request(api.getHttpServer())
      .post('/api/v1/audits')
      .set(candidate.auth)
      .send({ sources: [{ platform: 'linkedin', headline: 'Data Analyst | SQL, Python' }] })
      .expect(202);
    const takenJobId = await new Promise<string>((taken) => doomed!.once('message', (message) => taken(String(message))));
    expect(takenJobId).toBe(submitted.body.id);
    doomed.kill('SIGKILL');

    worker = await startTestWorker();
    const audit = await waitFor(async () => {
      const response = await request(api.getHttpServer()).get(submitted.body.url).set(candidate.auth).expect(200);
      return response.body.status === 'completed' ? response.body : undefined;
    }, 30_000, 'the stalled audit to complete');
    expect(audit.report.scores.overall.value).toBeGreaterThanOrEqual(0);
  });
});
