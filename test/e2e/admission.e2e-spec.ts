import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { createAccount, type TestAccount } from './support/auth';
import { createTestEnvironment, startTestApp, startTestWorker, type TestEnvironment, waitFor } from './support/test-app';

const strongEn = JSON.parse(readFileSync(resolve(__dirname, '../../docs/examples/strong-en.json'), 'utf8'));

/** Settings of one suite, restored afterwards so other suites in the process keep theirs. */
function withEnv(settings: Record<string, string>): () => void {
  const before = Object.fromEntries(Object.keys(settings).map((name) => [name, process.env[name]]));
  Object.assign(process.env, settings);
  return () => {
    for (const [name, value] of Object.entries(before)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
}

async function statusesOf(databaseUrl: string, ownerId: string): Promise<Record<string, number>> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ status: string; n: string }>('SELECT status, count(*) AS n FROM audits WHERE owner_id = $1 GROUP BY status', [ownerId]);
    return Object.fromEntries(rows.map((row) => [row.status, Number(row.n)]));
  } finally {
    await client.end();
  }
}

const submit = (app: INestApplication, account: TestAccount) => request(app.getHttpServer()).post('/api/v1/audits').set(account.auth).send(strongEn);

describe('Admission control: per-account rate (real AppModule, Postgres, Redis)', () => {
  let env: TestEnvironment;
  let app: INestApplication;
  let restoreEnv: () => void;

  beforeAll(async () => {
    restoreEnv = withEnv({ AUDIT_SUBMIT_RATE_PER_MINUTE: '60', AUDIT_SUBMIT_BURST: '100' });
    env = await createTestEnvironment();
    app = await startTestApp({ workers: true });
  });

  afterAll(async () => {
    await app?.close();
    await env?.destroy();
    restoreEnv();
  });

  it('answers 429 with Retry-After past an account\'s burst, stores nothing refused, and leaves other accounts alone', async () => {
    const flooder = await createAccount(app, 'candidate', 'flooder');
    const other = await createAccount(app, 'candidate', 'other');
    const answers: request.Response[] = [];
    for (let index = 0; index < 110; index += 1) answers.push(await submit(app, flooder));

    const accepted = answers.filter((answer) => answer.status === 202);
    const refused = answers.filter((answer) => answer.status === 429);
    expect(accepted.length + refused.length).toBe(answers.length);
    // The burst, plus one a second of the sustained rate while the requests were sent.
    expect(accepted.length).toBeGreaterThanOrEqual(100);
    expect(refused.length).toBeGreaterThan(0);
    for (const answer of refused) {
      expect(Number(answer.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(answer.body).toMatchObject({ statusCode: 429, message: expect.stringContaining('60 a minute') });
    }
    await submit(app, other).expect(202);

    // Nothing refused was stored; everything accepted completes.
    await waitFor(async () => {
      const statuses = await statusesOf(env.databaseUrl, flooder.id);
      return statuses.completed === accepted.length ? statuses : undefined;
    }, 60_000, 'every accepted audit to complete');
    expect(await statusesOf(env.databaseUrl, flooder.id)).toEqual({ completed: accepted.length });
  });
});

describe('Admission control: bound on the waiting queue (real AppModule, Postgres, Redis)', () => {
  let env: TestEnvironment;
  let app: INestApplication;
  let worker: INestApplicationContext | undefined;
  let restoreEnv: () => void;

  beforeAll(async () => {
    restoreEnv = withEnv({ AUDIT_QUEUE_MAX_WAITING: '5', AUDIT_QUEUE_DEPTH_CACHE_MS: '50' });
    env = await createTestEnvironment();
    // No workers: jobs wait, so the queue deepens.
    app = await startTestApp({ workers: false });
  });

  afterAll(async () => {
    await worker?.close();
    await app?.close();
    await env?.destroy();
    restoreEnv();
  });

  it('answers 503 with Retry-After while more jobs wait than the bound, and loses nothing it accepted', async () => {
    const candidate = await createAccount(app, 'candidate');
    const answers: request.Response[] = [];
    const full = await waitFor(async () => {
      const answer = await submit(app, candidate);
      answers.push(answer);
      return answer.status === 503 ? answer : undefined;
    }, 20_000, 'a 503 once the queue is past its bound');
    expect(full.headers['retry-after']).toBe('5');
    expect(full.body.message).toContain('more than 5');
    const accepted = answers.filter((answer) => answer.status === 202).length;
    expect(accepted).toBeGreaterThanOrEqual(5);
    expect(answers.every((answer) => answer.status === 202 || answer.status === 503)).toBe(true);
    expect(await statusesOf(env.databaseUrl, candidate.id)).toEqual({ queued: accepted });

    worker = await startTestWorker();
    await waitFor(async () => ((await statusesOf(env.databaseUrl, candidate.id)).completed === accepted ? true : undefined), 60_000, 'the backlog to complete');
    // Drained: the next submission is accepted again once the count is read anew.
    await waitFor(async () => ((await submit(app, candidate)).status === 202 ? true : undefined), 10_000, 'a 202 after the drain');
  });

  it('counts every item of a batch against the bound: a batch that would pass it is refused whole', async () => {
    const candidate = await createAccount(app, 'candidate', 'batcher');
    const items = Array.from({ length: 6 }, () => ({ profile: strongEn }));
    const answer = await request(app.getHttpServer()).post('/api/v1/audits/batch').set(candidate.auth).send({ items });
    expect(answer.status).toBe(503);
    expect(answer.headers['retry-after']).toBe('5');
    expect(await statusesOf(env.databaseUrl, candidate.id)).toEqual({});
  });
});
