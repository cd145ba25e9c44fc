import type { INestApplication } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import request from 'supertest';
import { createAccount, type TestAccount } from './support/auth';
import { createTestEnvironment, startTestApp, type TestEnvironment, waitFor } from './support/test-app';

const examples = resolve(__dirname, '../../docs/examples');
const strongEn = JSON.parse(readFileSync(resolve(examples, 'strong-en.json'), 'utf8'));
const riskyId = JSON.parse(readFileSync(resolve(examples, 'risky-id.json'), 'utf8'));

describe('POST /api/v1/audits/batch (real AppModule, Postgres, Redis, worker in-process)', () => {
  let env: TestEnvironment;
  let app: INestApplication;
  let candidate: TestAccount;
  let admin: TestAccount;

  beforeAll(async () => {
    env = await createTestEnvironment();
    app = await startTestApp({ workers: true });
    candidate = await createAccount(app, 'candidate');
    admin = await createAccount(app, 'admin');
  });

  afterAll(async () => {
    await app?.close();
    await env?.destroy();
  });

  const batch = (body: unknown) => request(app.getHttpServer()).post('/api/v1/audits/batch').set(candidate.auth).send(body as object);
  const total = async () => (await request(app.getHttpServer()).get('/api/v1/audits').set(candidate.auth).expect(200)).body.total as number;
  const statusOf = async (url: string) => (await request(app.getHttpServer()).get(url).set(candidate.auth).expect(200)).body.status as string;

  it('answers 207 with one result per item, in order: 202 for each valid profile, 400 naming the field for each bad one', async () => {
    const before = await total();
    const bad = structuredClone(strongEn);
    bad.sources[0].platform = 'myspace';
    const response = await batch({
      items: [{ profile: strongEn }, { profile: bad }, { profile: riskyId, idempotencyKey: 'bad key with spaces' }, { profile: riskyId, extra: 1 }, 'text', { profile: riskyId }],
    }).expect(207);

    expect(response.body).toMatchObject({ batchId: expect.any(String), accepted: 2, replayed: 0, refused: 4 });
    expect(response.body.results.map((result: { index: number; status: number }) => [result.index, result.status])).toEqual([
      [0, 202], [1, 400], [2, 400], [3, 400], [4, 400], [5, 202],
    ]);
    const fields = (index: number) => response.body.results[index].error.details.map((detail: { field: string }) => detail.field);
    expect(fields(1)).toEqual(['items[1].profile.sources[0].platform']);
    expect(fields(2)).toEqual(['items[2].idempotencyKey']);
    expect(fields(3)).toEqual(['items[3].extra']);
    expect(fields(4)).toEqual(['items[4]']);
    // What was refused stored nothing; what was accepted completes.
    expect(await total()).toBe(before + 2);
    for (const index of [0, 5]) {
      const { url } = response.body.results[index].audit;
      await waitFor(async () => ((await statusOf(url)) === 'completed' ? true : undefined), 30_000, `item ${index} to complete`);
    }
  });

  it('is idempotent per item, with the semantics of the Idempotency-Key header', async () => {
    const first = await batch({ items: [{ profile: strongEn, idempotencyKey: 'cohort-7:ana' }, { profile: riskyId, idempotencyKey: 'cohort-7:budi' }] }).expect(207);
    const [ana, budi] = first.body.results;
    expect([ana.status, budi.status]).toEqual([202, 202]);

    const again = await batch({
      items: [
        { profile: strongEn, idempotencyKey: 'cohort-7:ana' },
        { profile: strongEn, idempotencyKey: 'cohort-7:budi' },
        { profile: riskyId, idempotencyKey: 'cohort-7:citra' },
        { profile: riskyId, idempotencyKey: 'cohort-7:citra' },
        { profile: strongEn, idempotencyKey: 'cohort-7:citra' },
      ],
    }).expect(207);
    const [anaAgain, budiOther, citra, citraRepeat, citraOther] = again.body.results;
    expect(anaAgain).toMatchObject({ status: 200, audit: { id: ana.audit.id } });
    expect(budiOther).toMatchObject({ status: 409, error: { statusCode: 409 } });
    expect(citra.status).toBe(202);
    expect(citraRepeat).toMatchObject({ status: 200, audit: { id: citra.audit.id } });
    expect(citraOther.status).toBe(409);
    expect(again.body).toMatchObject({ accepted: 1, replayed: 2, refused: 2 });

    // The header of POST /audits and the item key are one namespace.
    const single = await request(app.getHttpServer()).post('/api/v1/audits').set(candidate.auth).set('Idempotency-Key', 'cohort-7:ana').send(strongEn).expect(200);
    expect(single.body.id).toBe(ana.audit.id);
  });

  it('refuses a body that is not 1-100 items with 400 naming the field, storing nothing', async () => {
    const before = await total();
    const fieldOf = async (body: unknown) => (await batch(body).expect(400)).body.details[0].field as string;
    expect(await fieldOf({})).toBe('items');
    expect(await fieldOf({ items: [] })).toBe('items');
    expect(await fieldOf({ items: Array.from({ length: 101 }, () => ({ profile: riskyId })) })).toBe('items');
    expect(await fieldOf({ items: [{ profile: riskyId }], more: true })).toBe('more');
    expect(await fieldOf([{ profile: riskyId }])).toBe('(body)');
    expect(await total()).toBe(before);
  });

  it('takes 100 profiles in one request and shows batches in the admin stats', async () => {
    const items = Array.from({ length: 100 }, () => ({ profile: riskyId }));
    const response = await batch({ items }).expect(207);
    expect(response.body.accepted).toBe(100);
    const stats = await request(app.getHttpServer()).get('/api/v1/admin/queues').set(admin.auth).expect(200);
    expect(stats.body.batches.total.audits).toBeGreaterThanOrEqual(104);
    expect(stats.body.batches.total.batches).toBeGreaterThanOrEqual(3);
    expect(stats.body.batches.lastHour).toEqual(stats.body.batches.total);
  });
});
