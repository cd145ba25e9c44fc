import type { INestApplication } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';

/** One POST of a steady load, as the client saw it. */
export interface Submission {
  sentAt: number;
  answeredAt: number;
  /** HTTP status, or `error:<code>` when no answer came. */
  status: number | string;
  auditId?: string;
  retryAfter?: string | null;
}

export interface LoadOptions {
  baseUrl: string;
  token: string;
  count: number;
  perSecond: number;
  body: (index: number) => string;
}

/** Makes the app listen on a free port of 127.0.0.1 (real sockets, real timeouts); returns its base URL. */
export async function listen(app: INestApplication): Promise<string> {
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function submitOne(options: LoadOptions, index: number): Promise<Submission> {
  const sentAt = Date.now();
  try {
    const response = await fetch(`${options.baseUrl}/api/v1/audits`, {
      method: 'POST',
      headers: { authorization: `Bearer ${options.token}`, 'content-type': 'application/json' },
      body: options.body(index),
      signal: AbortSignal.timeout(30_000),
    });
    const answer = (await response.json().catch(() => ({}))) as { id?: string };
    return { sentAt, answeredAt: Date.now(), status: response.status, auditId: answer.id, retryAfter: response.headers.get('retry-after') };
  } catch (error) {
    const cause = (error as { cause?: { code?: string }; name?: string }).cause?.code ?? (error as { name?: string }).name;
    return { sentAt, answeredAt: Date.now(), status: `error:${cause}` };
  }
}

/** Open-loop load: request i is sent at start + i / perSecond whatever the earlier ones are doing. */
export async function submitSteadily(options: LoadOptions): Promise<Submission[]> {
  const start = Date.now();
  const inFlight: Promise<Submission>[] = [];
  for (let index = 0; index < options.count; index += 1) {
    const due = start + (index * 1_000) / options.perSecond;
    if (due > Date.now()) await sleep(due - Date.now());
    inFlight.push(submitOne(options, index));
  }
  return Promise.all(inFlight);
}

/** Counts statuses, e.g. `{ 202: 180, 503: 70 }`, for readable failure messages. */
export function statusCounts(submissions: readonly Submission[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { status } of submissions) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

/** Reads the status of each audit id from Postgres. */
export type StatusReader = (ids: readonly string[]) => Promise<Map<string, string>>;

const STATUS_SQL = 'SELECT id, status FROM audits WHERE id = ANY($1)';

const toMap = (rows: { id: string; status: string }[]) => new Map(rows.map((row) => [row.id, row.status]));

/** Through the app's own connection pool. */
export function statusesThrough(dataSource: DataSource): StatusReader {
  return async (ids) => toMap(await dataSource.query(STATUS_SQL, [ids]));
}

/** Through a connection of its own each time, for a database the test stops and starts. */
export function statusesAt(databaseUrl: string): StatusReader {
  return async (ids) => {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      return toMap((await client.query<{ id: string; status: string }>(STATUS_SQL, [ids])).rows);
    } finally {
      await client.end();
    }
  };
}

/**
 * Waits (at most `timeoutMs`) until none of these audits is queued or processing, and counts their
 * statuses then, e.g. `{ completed: 250 }` (`missing` for an id with no row). `statuses` may fail
 * while Postgres is down: it is asked again.
 */
export async function finalStatusCounts(ids: readonly string[], statuses: StatusReader, timeoutMs: number): Promise<Record<string, number>> {
  const deadline = Date.now() + timeoutMs;
  let counts: Record<string, number> = { unread: ids.length };
  for (;;) {
    const current = await statuses(ids).catch(() => undefined);
    if (current) {
      counts = {};
      for (const id of ids) {
        const status = current.get(id) ?? 'missing';
        counts[status] = (counts[status] ?? 0) + 1;
      }
      if (!counts.queued && !counts.processing) return counts;
    }
    if (Date.now() > deadline) return counts;
    await sleep(250);
  }
}
