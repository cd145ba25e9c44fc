import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MigrationState } from '../database/migration-status';

/** What the running instance does for `npm run admin:create` and the migration commands. */
export interface ControlCommands {
  createAdmin(email: string, password: string): Promise<'created' | 'exists'>;
  migrations(): Promise<MigrationState[]>;
  runMigrations(): Promise<string[]>;
}

export interface ControlEndpoint {
  port: number;
  token: string;
  stop(): Promise<void>;
}

/** An error whose message is for the caller (bad input, an account that cannot become admin). */
export class ControlRequestError extends Error {}

const MAX_BODY_BYTES = 4_096;

/**
 * The running instance's local control endpoint: HTTP on 127.0.0.1 (a random port), every request
 * carrying the token written to `.data/citra.lock` (readable by this user only). Through it,
 * commands that need the database use the instance's own connection instead of opening the
 * embedded database a second time.
 */
export async function startControlServer(commands: ControlCommands): Promise<ControlEndpoint> {
  const token = randomBytes(32).toString('base64url');
  const expected = Buffer.from(`Bearer ${token}`);
  const server = createServer((request, response) => {
    const given = Buffer.from(request.headers.authorization ?? '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return reply(response, 401, { error: 'Bad or missing token' });
    handle(commands, request).then(
      (body) => reply(response, body === undefined ? 404 : 200, body ?? { error: 'No such command' }),
      (error: unknown) => reply(response, error instanceof ControlRequestError ? 400 : 500, { error: messageOf(error) }),
    );
  });
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    token,
    stop: () =>
      new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        // A client's idle keep-alive socket would otherwise hold the stop for seconds.
        server.closeAllConnections();
      }),
  };
}

async function handle(commands: ControlCommands, request: IncomingMessage): Promise<object | undefined> {
  const route = `${request.method} ${request.url}`;
  if (route === 'POST /admins') {
    const { email, password } = (await readJson(request)) as { email?: unknown; password?: unknown };
    if (typeof email !== 'string' || typeof password !== 'string') throw new ControlRequestError('email and password are required');
    return { outcome: await commands.createAdmin(email, password) };
  }
  if (route === 'GET /migrations') return { migrations: await commands.migrations() };
  if (route === 'POST /migrations/run') return { applied: await commands.runMigrations() };
  return undefined;
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new ControlRequestError('Request body too large');
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new ControlRequestError('Request body is not JSON');
  }
}

function reply(response: ServerResponse, status: number, body: object): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
