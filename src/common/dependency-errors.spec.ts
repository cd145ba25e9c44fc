import { QueryFailedError } from 'typeorm';
import { RedisUnavailableError, unavailableDependency, withDeadline } from './dependency-errors';

function pgError(code: string, message = 'server error'): Error {
  return Object.assign(new Error(message), { code, severity: 'FATAL' });
}

describe('unavailableDependency', () => {
  it.each([
    ['a query cut by a fast shutdown', new QueryFailedError('SELECT 1', [], pgError('57P01', 'terminating connection due to administrator command'))],
    ['a server that is starting or stopping', pgError('57P03', 'the database system is shutting down')],
    ['too many connections', pgError('53300')],
    ['a full disk', pgError('53100')],
    ['a lost deadlock', new QueryFailedError('UPDATE', [], pgError('40P01', 'deadlock detected'))],
    ['a connection exception', pgError('08006')],
    ['a connection that dropped', new QueryFailedError('SELECT 1', [], new Error('Connection terminated unexpectedly'))],
    ['a pool that timed out', new Error('timeout exceeded when trying to connect')],
    ['a refused connection', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
  ])('calls %s a database outage', (_, error) => {
    expect(unavailableDependency(error)).toBe('database');
  });

  it.each([
    ['a command while Redis is away', new Error("Stream isn't writeable and enableOfflineQueue options is false")],
    ['a command that ran out of retries', Object.assign(new Error('Reached the max retries per request limit (which is 0).'), { name: 'MaxRetriesPerRequestError' })],
    ['a command that timed out', new Error('Command timed out')],
    ['our own bounded wait', new RedisUnavailableError('no answer')],
  ])('calls %s a Redis outage', (_, error) => {
    expect(unavailableDependency(error)).toBe('redis');
  });

  it.each([
    ['a unique violation', new QueryFailedError('INSERT', [], pgError('23505', 'duplicate key'))],
    ['a syntax error', new QueryFailedError('SELEC', [], pgError('42601'))],
    ['a bad jsonb value', new QueryFailedError('INSERT', [], pgError('22P05', 'unsupported Unicode escape sequence'))],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'x')")],
    ['not an error at all', 'text'],
  ])('does not call %s an outage', (_, error) => {
    expect(unavailableDependency(error)).toBeUndefined();
  });
});

describe('withDeadline', () => {
  it('passes the result through, or rejects as a Redis outage once the time is up', async () => {
    await expect(withDeadline(Promise.resolve(7), 1_000, 'add')).resolves.toBe(7);
    const never = new Promise<never>(() => undefined);
    const late = withDeadline(never, 10, 'Queueing audit 1');
    await expect(late).rejects.toThrow('Queueing audit 1: no answer from Redis within 10 ms');
    await expect(late.catch((error: unknown) => unavailableDependency(error))).resolves.toBe('redis');
  });
});
