import { Agent, request } from 'node:http';

export interface Target {
  port: number;
  path: string;
  headers: Record<string, string>;
  body: string;
}

export interface LoadResult {
  sent: number;
  accepted: number;
  /** Answers other than 202, by status ('error' for a failed connection). */
  refused: Record<string, number>;
  /** Milliseconds per request, from when it was due (paced) or sent (flood) to the end of its answer. */
  latencies: number[];
}

function post(agent: Agent, target: Target, onBody?: (body: string) => void): Promise<number | 'error'> {
  return new Promise((resolve) => {
    const req = request(
      { host: '127.0.0.1', port: target.port, path: target.path, method: 'POST', agent, headers: { ...target.headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(target.body) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => void (onBody && chunks.push(chunk)));
        res.on('end', () => {
          onBody?.(Buffer.concat(chunks).toString('utf8'));
          resolve(res.statusCode ?? 0);
        });
      },
    );
    req.on('error', () => resolve('error'));
    req.end(target.body);
  });
}

function record(result: LoadResult, status: number | 'error', since: number): void {
  result.latencies.push(performance.now() - since);
  if (status === 202) result.accepted += 1;
  else result.refused[String(status)] = (result.refused[String(status)] ?? 0) + 1;
}

const empty = (): LoadResult => ({ sent: 0, accepted: 0, refused: {}, latencies: [] });

/** As fast as the server answers: `connections` clients, each sending its next POST when the last is answered. */
export async function flood(target: Target, seconds: number, connections: number): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const result = empty();
  const end = performance.now() + seconds * 1000;
  const client = async () => {
    while (performance.now() < end) {
      const started = performance.now();
      result.sent += 1;
      record(result, await post(agent, target), started);
    }
  };
  await Promise.all(Array.from({ length: connections }, client));
  agent.destroy();
  return result;
}

/** POST /audits/batch as fast as answered; counts the audits the 207s accepted. */
export async function batchFlood(target: Target, seconds: number, connections: number): Promise<{ batches: number; accepted: number; latencies: number[]; refused: Record<string, number> }> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const result = { batches: 0, accepted: 0, latencies: [] as number[], refused: {} as Record<string, number> };
  const end = performance.now() + seconds * 1000;
  const client = async () => {
    while (performance.now() < end) {
      const started = performance.now();
      const status = await post(agent, target, (body) => {
        if (body.startsWith('{"batchId"')) result.accepted += (JSON.parse(body) as { accepted: number }).accepted;
      });
      result.latencies.push(performance.now() - started);
      if (status === 207) result.batches += 1;
      else result.refused[String(status)] = (result.refused[String(status)] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: connections }, client));
  agent.destroy();
  return result;
}

/** Open loop at `rate` a second; latency counts from when each request was due, so a stall is not hidden. */
export async function paced(target: Target, seconds: number, rate: number): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: 512 });
  const result = empty();
  const start = performance.now();
  const total = Math.round(seconds * rate);
  const pending: Promise<void>[] = [];
  while (result.sent < total) {
    const now = performance.now();
    while (result.sent < total && start + (result.sent / rate) * 1000 <= now) {
      const due = start + (result.sent / rate) * 1000;
      result.sent += 1;
      pending.push(post(agent, target).then((status) => record(result, status, due)));
    }
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  await Promise.all(pending);
  agent.destroy();
  return result;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
