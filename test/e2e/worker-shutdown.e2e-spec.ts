import type { INestApplication } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AUDIT_QUEUE } from '../../src/audits/audit-queue.contract';
import { createAccount } from './support/auth';
import { createTestEnvironment, startTestApp, type TestEnvironment, waitFor } from './support/test-app';

const ROOT = resolve(__dirname, '../..');

/** A profile big enough that the engine is busy for a noticeable moment (about 1.5 million characters). */
function largeProfile() {
  const sentence = 'Built SQL dashboards in Power BI for retail pricing and shared a short guide on window functions. ';
  const text = sentence.repeat(50);
  return {
    sources: Array.from({ length: 6 }, (_, source) => ({
      platform: source % 2 === 0 ? 'linkedin' : 'x',
      headline: 'Data Analyst | SQL, Python',
      posts: Array.from({ length: 50 }, (_, post) => ({ text, postedAt: `2026-0${1 + (post % 9)}-1${source}` })),
    })),
  };
}

/** worker.ts in its own process, as `npm run start:worker` runs it (compiled on the fly by swc). */
function startWorkerProcess(): ChildProcess {
  return spawn(process.execPath, ['-r', resolve(ROOT, 'test/support/swc-register.js'), resolve(ROOT, 'src/worker.ts')], {
    cwd: ROOT,
    // The engine holds the event loop for the whole large audit, so the lock cannot be renewed meanwhile;
    // a lock longer than that run (on a loaded machine, seconds) keeps this test about SIGTERM, not stalls.
    env: { ...process.env, WORKER_CONCURRENCY: '1', WORKER_LOCK_DURATION_MS: '60000', WORKER_STALLED_INTERVAL_MS: '30000' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

describe('SIGTERM to a worker process in the middle of a job', () => {
  let env: TestEnvironment;
  let api: INestApplication;
  let worker: ChildProcess | undefined;

  beforeAll(async () => {
    env = await createTestEnvironment();
    api = await startTestApp({ workers: false });
  });

  afterAll(async () => {
    worker?.kill('SIGKILL');
    await api?.close();
    await env?.destroy();
  });

  it('finishes the running audit, deregisters and exits', async () => {
    const candidate = await createAccount(api, 'candidate');
    const submitted = await request(api.getHttpServer())
      .post('/api/v1/audits')
      .set(candidate.auth)
      .send({ sources: [{ platform: 'linkedin', headline: 'Data Analyst' }] })
      .expect(202);
    // The API caps bodies at 256 KB; a slow job needs more text, so it goes straight into the row.
    const dataSource = api.get(DataSource);
    await dataSource.query('UPDATE audits SET profile = $1 WHERE id = $2', [JSON.stringify(largeProfile()), submitted.body.id]);

    worker = startWorkerProcess();
    let output = '';
    worker.stdout!.on('data', (chunk) => (output += chunk));
    worker.stderr!.on('data', (chunk) => (output += chunk));
    const exited = once(worker, 'exit');

    await waitFor(async () => {
      const [row] = await dataSource.query('SELECT status FROM audits WHERE id = $1', [submitted.body.id]);
      return row.status === 'processing' ? true : undefined;
    }, 30_000, 'the worker to start the audit');
    worker.kill('SIGTERM');
    const [code, signal] = await exited;

    // Nest closes the app on SIGTERM, then re-raises the signal: a clean stop ends by SIGTERM (or code 0).
    const cleanStop = code === 0 || signal === 'SIGTERM';
    expect(cleanStop ? 'clean stop' : `exit code ${code}, signal ${signal}:\n${output}`).toBe('clean stop');
    const [row] = await dataSource.query('SELECT status FROM audits WHERE id = $1', [submitted.body.id]);
    // The worker's own log says why when the run did not complete (a failed store, a delayed job).
    expect(row.status === 'completed' ? 'completed' : `${row.status}:\n${output}`).toBe('completed');
    const queue = api.get<Queue>(getQueueToken(AUDIT_QUEUE));
    expect(await queue.getActiveCount()).toBe(0);
    expect(await queue.getWorkers()).toEqual([]);
  }, 90_000);
});
