import { ConfigError } from './config/env';
import { CannotStartError, startupErrorMessage } from './startup-error';

function socketError(code: string, port: number): Error {
  return Object.assign(new Error(`connect ${code} 127.0.0.1:${port}`), { code, port });
}

describe('why a process cannot start, in one line', () => {
  const saved = process.env.DATABASE_URL;
  beforeEach(() => {
    process.env.DATABASE_URL = 'postgres://citra:secret@127.0.0.1:5999/citra';
  });
  afterAll(() => {
    process.env.DATABASE_URL = saved;
  });

  it('names DATABASE_URL (password hidden) when the database does not answer, however deep the cause', () => {
    const wrapped = Object.assign(new Error('Nest could not create the data source'), { cause: socketError('ECONNREFUSED', 5999) });
    expect(startupErrorMessage(wrapped)).toBe(
      'Citra cannot start: DATABASE_URL is postgres://citra:***@127.0.0.1:5999/citra, and it did not answer (connect ECONNREFUSED 127.0.0.1:5999). Start that Postgres or fix DATABASE_URL.',
    );
    expect(startupErrorMessage(Object.assign(new Error('database "citra" does not exist'), { code: '3D000' }))).toContain('DATABASE_URL is');
  });

  it("does not blame DATABASE_URL for another server's refusal", () => {
    expect(startupErrorMessage(socketError('ECONNREFUSED', 6379))).not.toContain('DATABASE_URL');
  });

  it('names PORT when the port is taken', () => {
    expect(startupErrorMessage(Object.assign(new Error('listen EADDRINUSE'), { code: 'EADDRINUSE', port: 3000 }))).toBe(
      'Citra cannot start: PORT 3000 is in use by another program. Stop it, or choose another port: PORT=3001 npm start',
    );
  });

  it('prints refusals the user can act on without a stack', () => {
    expect(startupErrorMessage(new ConfigError('PORT', '"eighty" is not a whole number'))).toBe(
      'Citra cannot start: Invalid environment variable PORT: "eighty" is not a whole number',
    );
    expect(startupErrorMessage(new CannotStartError('another Citra process …'))).toBe('Citra cannot start: another Citra process …');
  });
});
