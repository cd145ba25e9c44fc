import type { INestApplication } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import request from 'supertest';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { AUDIT_QUEUE } from '../../src/audits/audit-queue.contract';
import { createAccount, type TestAccount } from './support/auth';
import { createTestEnvironment, startTestApp, type TestEnvironment, waitFor } from './support/test-app';

const examples = resolve(__dirname, '../../docs/examples');
const strongEn = JSON.parse(readFileSync(resolve(examples, 'strong-en.json'), 'utf8'));

describe('Audit pipeline (real AppModule, Postgres, Redis, worker in-process)', () => {
  let env: TestEnvironment;
  let app: INestApplication;
  let candidate: TestAccount;

  beforeAll(async () => {
    env = await createTestEnvironment();
    app = await startTestApp({ workers: true });
    candidate = await createAccount(app, 'candidate');
  });

  afterAll(async () => {
    await app?.close();
    await env?.destroy();
  });

  /** Requests as the signed-in candidate. */
  const api = () => {
    const agent = request(app.getHttpServer());
    const withToken = <T extends { set(field: object): T }>(test: T) => test.set(candidate.auth);
    return {
      get: (url: string) => withToken(agent.get(url)),
      post: (url: string) => withToken(agent.post(url)),
      delete: (url: string) => withToken(agent.delete(url)),
    };
  };

  async function waitForStatus(id: string, statuses: string[]) {
    return waitFor(async () => {
      const response = await api().get(`/api/v1/audits/${id}`).expect(200);
      return statuses.includes(response.body.status) ? response.body : undefined;
    }, 20_000, `audit ${id} to reach ${statuses.join('/')}`);
  }

  it('accepts a profile, the worker completes it and the report is read back', async () => {
    const submitted = await api().post('/api/v1/audits').send(strongEn).expect(202);
    expect(submitted.body).toMatchObject({ status: 'queued', url: `/api/v1/audits/${submitted.body.id}` });
    expect(submitted.headers.location).toBe(submitted.body.url);

    const audit = await waitForStatus(submitted.body.id, ['completed', 'failed']);
    expect(audit.status).toBe('completed');
    expect(audit.engineVersion).toEqual(expect.any(String));
    expect(audit.report.engineVersion).toBe(audit.engineVersion);
    expect(audit.report.scores.overall.value).toBeGreaterThanOrEqual(0);
    expect(audit.overallScore).toBe(audit.report.scores.overall.value);
    expect(audit.queueWaitMs).toBeGreaterThanOrEqual(0);
    expect(audit.processingMs).toBeGreaterThanOrEqual(0);
  });

  it('lists audits newest first, paginated, without profile text', async () => {
    const first = await api().post('/api/v1/audits').send(strongEn).expect(202);
    const second = await api().post('/api/v1/audits').send(strongEn).expect(202);
    const page = await api().get('/api/v1/audits?page=1&pageSize=2').expect(200);
    expect(page.body.page).toBe(1);
    expect(page.body.pageSize).toBe(2);
    expect(page.body.total).toBeGreaterThanOrEqual(3);
    expect(page.body.items.map((item: { id: string }) => item.id)).toEqual([second.body.id, first.body.id]);
    expect(JSON.stringify(page.body)).not.toContain('Tokobaru');
    await api().get('/api/v1/audits?pageSize=1000').expect(400);
  });

  it('rejects a bad body with 400 naming the field, and stores nothing', async () => {
    const before = (await api().get('/api/v1/audits').expect(200)).body.total;
    const bad = structuredClone(strongEn);
    bad.sources[0].platform = 'myspace';
    bad.sources[1].posts = [{ text: 42 }];
    const response = await api().post('/api/v1/audits').send(bad).expect(400);
    expect(response.body.statusCode).toBe(400);
    const fields = response.body.details.map((detail: { field: string }) => detail.field);
    expect(fields).toEqual(expect.arrayContaining(['sources[0].platform', 'sources[1].posts[0].text']));
    expect((await api().get('/api/v1/audits').expect(200)).body.total).toBe(before);
  });

  it('rejects unknown fields, too many sources and over-long text with the field named', async () => {
    const unknown = await api().post('/api/v1/audits').send({ ...strongEn, salary: 9000 }).expect(400);
    expect(unknown.body.details).toContainEqual({ field: 'salary', message: 'is not an allowed field' });

    const tooMany = { sources: Array.from({ length: 13 }, () => ({ platform: 'x' })) };
    const many = await api().post('/api/v1/audits').send(tooMany).expect(400);
    expect(many.body.details[0].field).toBe('sources');

    const longText = { sources: [{ platform: 'x', about: 'a'.repeat(20_001) }] };
    const long = await api().post('/api/v1/audits').send(longText).expect(400);
    expect(long.body.details[0].field).toBe('sources[0].about');

    await api().post('/api/v1/audits').send({}).expect(400);
    const notJson = await api().post('/api/v1/audits').set('content-type', 'application/json').send('{"sources": [').expect(400);
    expect(notJson.body.message).toMatch(/JSON/);
  });

  it('answers 413 past the 256 KB body limit', async () => {
    const huge = { sources: [{ platform: 'website', about: 'x'.repeat(300 * 1024) }] };
    const response = await api().post('/api/v1/audits').send(huge).expect(413);
    expect(response.body).toMatchObject({ statusCode: 413, error: 'Payload Too Large' });
  });

  it('gives one audit for the same Idempotency-Key and body, and 409 for another body', async () => {
    const key = `key-${Date.now()}`;
    const first = await api().post('/api/v1/audits').set('Idempotency-Key', key).send(strongEn).expect(202);
    const replay = await api().post('/api/v1/audits').set('Idempotency-Key', key).send(strongEn).expect(200);
    expect(replay.body.id).toBe(first.body.id);
    const [a, b] = await Promise.all([
      api().post('/api/v1/audits').set('Idempotency-Key', `${key}-race`).send(strongEn),
      api().post('/api/v1/audits').set('Idempotency-Key', `${key}-race`).send(strongEn),
    ]);
    expect(a.body.id).toBe(b.body.id);
    const other = await api().post('/api/v1/audits').set('Idempotency-Key', key).send({ sources: [{ platform: 'x' }] });
    expect(other.status).toBe(409);
    await api().post('/api/v1/audits').set('Idempotency-Key', 'x'.repeat(201)).send(strongEn).expect(400);
  });

  it('deletes an audit with its job, and keeps audits private to their owner', async () => {
    const submitted = await api().post('/api/v1/audits').send(strongEn).expect(202);
    await waitForStatus(submitted.body.id, ['completed']);
    const queue = app.get<Queue>(getQueueToken(AUDIT_QUEUE));
    expect(await queue.getJob(submitted.body.id)).toBeDefined();

    const other = await createAccount(app, 'candidate', 'other');
    await request(app.getHttpServer()).get(submitted.body.url).set(other.auth).expect(404);
    const othersList = await request(app.getHttpServer()).get('/api/v1/audits').set(other.auth).expect(200);
    expect(othersList.body.total).toBe(0);
    await request(app.getHttpServer()).delete(submitted.body.url).set(other.auth).expect(404);
    await request(app.getHttpServer()).get(submitted.body.url).expect(401);

    const key = `shared-key-${Date.now()}`;
    const mine = await api().post('/api/v1/audits').set('Idempotency-Key', key).send(strongEn).expect(202);
    const theirs = await request(app.getHttpServer()).post('/api/v1/audits').set(other.auth).set('Idempotency-Key', key).send(strongEn).expect(202);
    expect(theirs.body.id).not.toBe(mine.body.id);

    await api().delete(submitted.body.url).expect(204);
    await api().get(submitted.body.url).expect(404);
    await api().delete(submitted.body.url).expect(404);
    expect(await queue.getJob(submitted.body.id)).toBeUndefined();
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    const missing = await api().get('/api/v1/audits/4f1c2b9e-8a7d-4c3b-9e2f-1a2b3c4d5e6f').expect(404);
    expect(missing.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
    await api().get('/api/v1/audits/not-a-uuid').expect(400);
  });
});
