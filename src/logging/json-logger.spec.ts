import { JsonLogger } from './json-logger';
import { requestContext } from './request-context';

function capture(level?: ConstructorParameters<typeof JsonLogger>[0]) {
  const lines: Record<string, unknown>[] = [];
  const logger = new JsonLogger(level, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { logger, lines };
}

describe('JsonLogger', () => {
  it('writes one JSON object per line with timestamp, level, context and message', () => {
    const { logger, lines } = capture();
    logger.log('listening', 'Main');
    expect(lines).toEqual([{ timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), level: 'info', context: 'Main', message: 'listening' }]);
  });

  it('adds the request id of the request being handled', () => {
    const { logger, lines } = capture();
    requestContext.run({ requestId: 'req-1' }, () => logger.warn('slow', 'HTTP'));
    logger.warn('outside', 'HTTP');
    expect(lines.map((line) => line.requestId)).toEqual(['req-1', undefined]);
  });

  it('keeps the request id a structured line names itself (the access line, written after its context)', () => {
    const { logger, lines } = capture();
    logger.log({ message: 'POST /api/v1/audits 202 3.1ms', status: 202, requestId: 'req-2' }, 'HTTP');
    requestContext.run({ requestId: 'other' }, () => logger.log({ message: 'named', requestId: 'req-3' }, 'HTTP'));
    expect(lines.map((line) => line.requestId)).toEqual(['req-2', 'req-3']);
  });

  it('keeps the stack of errors and the fields of structured messages', () => {
    const { logger, lines } = capture();
    logger.error('failed', 'Error: boom\n    at x', 'Worker');
    logger.log({ message: 'GET / 200', status: 200 }, 'HTTP');
    expect(lines[0]).toMatchObject({ level: 'error', context: 'Worker', message: 'failed', stack: 'Error: boom\n    at x' });
    expect(lines[1]).toMatchObject({ level: 'info', message: 'GET / 200', status: 200 });
  });

  it("writes Nest's module and route lines at debug level, so a start shows only what matters", () => {
    const quiet = capture();
    quiet.logger.log('Mapped {/api/v1/me, GET} route', 'RouterExplorer');
    quiet.logger.log('AppModule dependencies initialized', 'InstanceLoader');
    quiet.logger.log('Citra API listening on http://localhost:3000', 'Main');
    expect(quiet.lines.map((line) => line.message)).toEqual(['Citra API listening on http://localhost:3000']);
    const verbose = capture('debug');
    verbose.logger.log('Mapped {/api/v1/me, GET} route', 'RouterExplorer');
    expect(verbose.lines).toEqual([expect.objectContaining({ level: 'debug', context: 'RouterExplorer' })]);
  });

  it('drops lines below its level, including after Nest sets the levels', () => {
    const { logger, lines } = capture('warn');
    logger.log('hidden');
    logger.debug('hidden');
    logger.warn('shown');
    logger.setLogLevels(['error']);
    logger.warn('hidden now');
    logger.error('shown too');
    expect(lines.map((line) => line.message)).toEqual(['shown', 'shown too']);
  });
});
