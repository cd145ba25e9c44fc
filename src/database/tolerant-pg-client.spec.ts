import { Client } from 'pg';
import { TolerantPgClient } from './tolerant-pg-client';
import { buildTypeOrmOptions } from './typeorm-options';

describe('TolerantPgClient', () => {
  it('survives an error event with no other listener (a session terminated by a server shutdown)', () => {
    const terminated = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
    expect(() => new Client().emit('error', terminated)).toThrow('administrator command');
    expect(() => new TolerantPgClient().emit('error', terminated)).not.toThrow();
  });

  it('is the client of every Citra connection pool', () => {
    const options = buildTypeOrmOptions({ url: 'postgres://x@127.0.0.1/x', poolSize: 2, connectTimeoutMs: 1_000, migrateOnStart: false, logQueries: false });
    expect((options as { extra: { Client: unknown } }).extra.Client).toBe(TolerantPgClient);
  });
});
