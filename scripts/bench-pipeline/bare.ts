/**
 * The bare pipeline bench:pipeline compares Citra with: node:http, BullMQ and pg and nothing else.
 * `node bare.js api` answers POST /audits with INSERT ... RETURNING, a job add and a 202;
 * `node bare.js worker` takes jobs, marks the row processing, burns BARE_ENGINE_CPU_MS of CPU (the
 * engine's measured cost on the same profile) and stores BARE_REPORT_FILE's report as completed.
 * Both exit when their parent (the benchmark) goes away.
 */
import { Queue, Worker } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { Pool } from 'pg';
import { whenOrphaned } from '../../src/local/parent-watch';

export const BARE_TABLE = `CREATE TABLE IF NOT EXISTS bare_audits (
  id uuid PRIMARY KEY, status varchar(16) NOT NULL, profile jsonb, report jsonb,
  created_at timestamptz NOT NULL DEFAULT now(), finished_at timestamptz)`;

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

function connection() {
  const url = new URL(env('REDIS_URL'));
  return { host: url.hostname, port: Number(url.port || 6379), maxRetriesPerRequest: null };
}

/** An idle client's connection cut by the server (e.g. 57P01) is dropped by the pool; it must not crash the process. */
function pool(): Pool {
  const created = new Pool({ connectionString: env('DATABASE_URL'), max: 10 });
  created.on('error', (error) => console.error(`bare: idle Postgres client lost: ${error.message}`));
  return created;
}

function api(): void {
  const db = pool();
  const queue = new Queue('audits', { connection: connection(), prefix: env('QUEUE_PREFIX') });
  const server = createServer((request, response) => {
    if (request.method === 'GET') return void response.writeHead(200).end('ok');
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      void (async () => {
        try {
          const profile = JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
          const id = randomUUID();
          const { rows } = await db.query<{ created_at: Date }>(
            "INSERT INTO bare_audits (id, status, profile) VALUES ($1, 'queued', $2) RETURNING created_at",
            [id, profile],
          );
          await queue.add('run', { id }, { jobId: id, removeOnComplete: { count: 1000 }, removeOnFail: { count: 5000 } });
          const body = JSON.stringify({ id, status: 'queued', createdAt: rows[0]!.created_at, url: `/audits/${id}` });
          response.writeHead(202, { 'content-type': 'application/json', location: `/audits/${id}` }).end(body);
        } catch (error) {
          response.writeHead(500).end(String(error));
        }
      })();
    });
  });
  server.listen(Number(env('PORT')), '127.0.0.1', () => console.log('bare api ready'));
}

function burn(cpuMs: number): void {
  const start = process.cpuUsage();
  let spins = 0;
  for (;;) {
    spins += 1;
    if (spins % 256 !== 0) continue;
    const used = process.cpuUsage(start);
    if ((used.user + used.system) / 1000 >= cpuMs) return;
  }
}

function worker(): void {
  const db = pool();
  const report = readFileSync(env('BARE_REPORT_FILE'), 'utf8');
  const cpuMs = Number(env('BARE_ENGINE_CPU_MS'));
  const consumer = new Worker<{ id: string }>(
    'audits',
    async (job) => {
      const { rows } = await db.query<{ profile: unknown }>(
        "UPDATE bare_audits SET status = 'processing' WHERE id = $1 RETURNING profile",
        [job.data.id],
      );
      if (rows.length === 0) return;
      burn(cpuMs);
      await db.query("UPDATE bare_audits SET status = 'completed', report = $2, finished_at = now() WHERE id = $1", [job.data.id, report]);
    },
    { connection: connection(), prefix: env('QUEUE_PREFIX'), concurrency: Number(process.env.WORKER_CONCURRENCY ?? 4) },
  );
  void consumer.waitUntilReady().then(() => console.log('bare worker ready'));
}

if (require.main === module) {
  whenOrphaned(() => process.exit(0));
  if (process.argv[2] === 'api') api();
  else if (process.argv[2] === 'worker') worker();
  else throw new Error('usage: bare.js api|worker');
}
