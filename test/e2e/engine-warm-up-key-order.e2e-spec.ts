import { Client } from 'pg';
import { inJsonbKeyOrder, WARM_UP_SAMPLES } from '../../src/audits/engine-warm-up';
import { createTestEnvironment, type TestEnvironment } from './support/test-app';

// The engine warm-up gives its samples the key order a job's profile has when node-postgres parses
// it from jsonb, so that the code it optimises keeps the hidden classes of real jobs' objects.
describe('Engine warm-up samples', () => {
  let env: TestEnvironment;
  let client: Client;

  beforeAll(async () => {
    env = await createTestEnvironment();
    client = new Client({ connectionString: env.databaseUrl });
    await client.connect();
  });

  afterAll(async () => {
    await client?.end();
    await env?.destroy();
  });

  it('list their keys in the order Postgres returns a jsonb profile', async () => {
    const unusual = { 'é': 1, z: 2, e: 3, éa: 4, ab: { 'b ': 1, 'a': 2 } };
    for (const sample of [...WARM_UP_SAMPLES, unusual]) {
      const { rows } = await client.query<{ profile: unknown }>('SELECT $1::jsonb AS profile', [JSON.stringify(sample)]);
      expect(JSON.stringify(inJsonbKeyOrder(sample))).toBe(JSON.stringify(rows[0]!.profile));
    }
  });
});
