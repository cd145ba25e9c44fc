import { Client } from 'pg';
import { storableJson } from '../../src/audits/storable-json';
import { TEST_POSTGRES_URL } from './support/test-database';

// The report a worker stores must be JSON Postgres's jsonb accepts, or the audit can never complete.
describe('storableJson: reports Postgres accepts', () => {
  let client: Client;
  const asJsonb = (json: string) => client.query<{ value: unknown }>('SELECT $1::jsonb AS value', [json]);

  beforeAll(async () => {
    client = new Client({ connectionString: TEST_POSTGRES_URL });
    await client.connect();
  });
  afterAll(() => client.end());

  it('replaces half of a surrogate pair, which jsonb refuses, and keeps whole emoji', async () => {
    const report = { excerpt: 'bisa WD \ud83d', other: ['\udd25 pola', 'gacor 🔥 ok'] };
    await expect(asJsonb(JSON.stringify(report))).rejects.toThrow(/Unicode|json/i);
    const stored = storableJson(report);
    expect(stored.repaired).toBe(true);
    const { rows } = await asJsonb(stored.json);
    expect(rows[0]!.value).toEqual({ excerpt: 'bisa WD \ufffd', other: ['\ufffd pola', 'gacor 🔥 ok'] });
  });

  it('leaves well-formed text as JSON.stringify writes it, a typed "\\ud83d" included', async () => {
    const report = { excerpt: 'gacor 🔥 and a typed \\ud83d', score: 41 };
    const stored = storableJson(report);
    expect(stored).toEqual({ json: JSON.stringify(report), repaired: false });
    const { rows } = await asJsonb(stored.json);
    expect(rows[0]!.value).toEqual(report);
  });
});
