import type { INestApplication } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { createAccount, type TestAccount } from '../support/auth';
import { finalStatusCounts, listen, sleep, statusCounts, statusesAt, submitSteadily } from '../support/load';
import { createTestEnvironment, FAULT_SETTINGS, type PrivatePostgresEnvironment, startTestApp } from '../support/test-app';

const PROFILE = JSON.parse(readFileSync(resolve(__dirname, '../../../docs/examples/strong-en.json'), 'utf8'));
const OUTAGE_MS = 10_000;

/**
 * Postgres (a private cluster) is stopped for 10 s under a steady load of submissions, with the API
 * and a worker running. Promise: nothing accepted is lost, and every answer is truthful.
 */
describe('Postgres stopped for 10 s under load', () => {
  let env: PrivatePostgresEnvironment;
  let app: INestApplication;
  let candidate: TestAccount;
  let baseUrl: string;

  beforeAll(async () => {
    env = await createTestEnvironment({
      privatePostgres: true,
      settings: { ...FAULT_SETTINGS, DATABASE_CONNECT_TIMEOUT_MS: '2000', AUDIT_OUTAGE_RETRY_MAX_MS: '1000' },
    });
    app = await startTestApp({ workers: true, quiet: true });
    baseUrl = await listen(app);
    candidate = await createAccount(app, 'candidate');
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await env?.destroy();
  });

  async function auditIdsOfCandidate(): Promise<string[]> {
    const client = new Client({ connectionString: env.databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ id: string }>('SELECT id FROM audits WHERE owner_id = $1', [candidate.id]);
      return rows.map((row) => row.id);
    } finally {
      await client.end();
    }
  }

  it('answers 202 only for committed audits and 503 (not 500) otherwise, and completes every 202', async () => {
    const load = submitSteadily({
      baseUrl,
      token: candidate.token,
      count: 320,
      perSecond: 20,
      body: (index) => JSON.stringify({ ...PROFILE, targetRole: `data analyst ${index}` }),
    });
    await sleep(2_000);
    await env.postgres.stop();
    const outage = { from: Date.now(), to: 0 };
    await sleep(OUTAGE_MS);
    await env.postgres.start();
    outage.to = Date.now();
    const submissions = await load;

    // Every answer is 202 or a 503 that says when to try again: no 500, no hang.
    const counts = statusCounts(submissions);
    expect(Object.keys(counts).sort()).toEqual(['202', '503']);
    expect(submissions.filter((entry) => entry.status === 503).every((entry) => entry.retryAfter === '5')).toBe(true);
    // The outage was real, and the API took audits again once Postgres was back.
    expect(submissions.some((entry) => entry.status === 503 && entry.sentAt > outage.from && entry.sentAt < outage.to)).toBe(true);
    expect(submissions.some((entry) => entry.status === 202 && entry.sentAt > outage.to)).toBe(true);

    const accepted = submissions.filter((entry) => entry.status === 202).map((entry) => entry.auditId!);
    expect(await finalStatusCounts(accepted, statusesAt(env.databaseUrl), 40_000)).toEqual({ completed: accepted.length });
    // No audit behind a 503: the candidate has exactly the audits answered 202.
    expect((await auditIdsOfCandidate()).sort()).toEqual([...accepted].sort());
  }, 90_000);
});
