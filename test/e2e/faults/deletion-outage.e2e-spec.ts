import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplication } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AUDIT_QUEUE } from '../../../src/audits/audit-queue.contract';
import { createAccount, submitCompletedAudit, type TestAccount } from '../support/auth';
import { redisDump } from '../support/redis-dump';
import { createTestEnvironment, FAULT_SETTINGS, type PrivateRedisEnvironment, startTestApp, waitFor } from '../support/test-app';

const PROFILE = JSON.parse(readFileSync(resolve(__dirname, '../../../docs/examples/strong-en.json'), 'utf8'));

/**
 * Deleting an audit and erasing an account while Redis (a private, persistent redis-server) is down.
 * Promise: the answer tells the truth (204, and the rows are gone), and once Redis is back nothing
 * in it names a deleted audit, without a restart.
 */
describe('Deletion and erasure while Redis is down', () => {
  let env: PrivateRedisEnvironment;
  let app: INestApplication;

  beforeAll(async () => {
    env = await createTestEnvironment({ privateRedis: true, settings: { ...FAULT_SETTINGS, QUEUE_SCHEDULE_CHECK_MS: '1000' } });
    app = await startTestApp({ workers: true, quiet: true });
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await env?.destroy();
  });

  const http = () => request(app.getHttpServer());
  const submit = async (owner: TestAccount, role: string): Promise<string> =>
    (await http().post('/api/v1/audits').set(owner.auth).send({ ...PROFILE, targetRole: role }).expect(202)).body.id;
  const pendingCleanups = async () => Number((await app.get(DataSource).query(`SELECT count(*) AS n FROM audit_job_cleanups`))[0].n);

  it('answers 204 for what it deleted, and removes the deleted audits’ jobs and events once Redis is back', async () => {
    const candidate = await createAccount(app, 'candidate', 'deleting');
    const leaving = await createAccount(app, 'candidate', 'leaving');
    // One finished job (in the completed set) and one waiting job each to delete; one audit kept.
    const finished = (await submitCompletedAudit(app, candidate, PROFILE)).id as string;
    const leavingFinished = (await submitCompletedAudit(app, leaving, PROFILE)).id as string;
    const queue = app.get<Queue>(getQueueToken(AUDIT_QUEUE), { strict: false });
    await queue.pause();
    const waiting = await submit(candidate, 'waiting');
    const leavingWaiting = await submit(leaving, 'waiting');
    const kept = await submit(candidate, 'kept');
    const doomed = [finished, waiting, leavingFinished, leavingWaiting];
    const before = await redisDump(env.redisUrl, env.queuePrefix);
    for (const id of [...doomed, kept]) expect(before).toContain(id);

    await env.redis.stop();
    await http().delete(`/api/v1/audits/${finished}`).set(candidate.auth).expect(204);
    await http().delete(`/api/v1/audits/${waiting}`).set(candidate.auth).expect(204);
    await http().delete('/api/v1/me').set(leaving.auth).expect(204);
    // The answers were true: the rows are gone, and a repeat finds nothing to delete.
    await http().get(`/api/v1/audits/${finished}`).set(candidate.auth).expect(404);
    await http().delete(`/api/v1/audits/${waiting}`).set(candidate.auth).expect(404);
    await http().get('/api/v1/me').set(leaving.auth).expect(401);
    expect(await pendingCleanups()).toBe(4);

    await env.redis.start();
    // The append-only file kept the jobs, and the pause: resume once the API's connection is back.
    await waitFor(() => queue.resume().then(() => true, () => undefined), 10_000, 'Redis to take commands again');
    // The record goes right after the traces: both, or the wait goes on.
    const after = await waitFor(async () => {
      const dump = await redisDump(env.redisUrl, env.queuePrefix);
      return doomed.some((id) => dump.includes(id)) || (await pendingCleanups()) > 0 ? undefined : dump;
    }, 20_000, 'no key or event naming a deleted audit, and no cleanup left to do');
    expect(after).toContain(kept);
    await waitFor(async () => {
      const response = await http().get(`/api/v1/audits/${kept}`).set(candidate.auth).expect(200);
      return response.body.status === 'completed' ? true : undefined;
    }, 20_000, 'the kept audit to complete');
  }, 90_000);
});
