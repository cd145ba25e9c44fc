/**
 * npm run bench:engine-placement [-- --audits 2000 --rounds 3]
 *
 * Where should a worker run the engine: in its own event loop, in a worker thread, or in a child
 * process (what a BullMQ sandboxed processor is)? Runs the same audits of docs/examples/strong-en.json
 * each way, 4 at a time as a worker's concurrency does, in alternating rounds, and prints the median
 * CPU per audit (every thread and process involved) and audits per second, each against in-process.
 */
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';
import { auditProfile, validateProfile } from '../src/analysis';
import { cpuSeconds } from './bench-pipeline/cpu';
import { median } from './bench-pipeline/load';
import { findRepoRoot } from './repo-root';

const CONCURRENCY = 4;

function audit(profile: unknown): unknown {
  const checked = validateProfile(profile);
  if (!checked.ok) throw new Error('invalid profile');
  return auditProfile(checked.profile, { referenceDate: '2026-11-29' });
}

/** A remote engine: send a profile, get its report back. */
interface Engine {
  run(profile: unknown): Promise<unknown>;
  /** CPU seconds used by the processes it runs in, beyond this one. */
  extraCpu(): number;
  close(): Promise<void>;
}

function threadEngine(): Engine {
  const worker = new Worker(__filename, { argv: ['--serve-thread'] });
  const waiting: ((report: unknown) => void)[] = [];
  worker.on('message', (report) => waiting.shift()!(report));
  return {
    run: (profile) => new Promise((resolve) => { waiting.push(resolve); worker.postMessage(profile); }),
    extraCpu: () => 0,
    close: async () => void (await worker.terminate()),
  };
}

function processEngine(): Engine {
  const child = fork(__filename, ['--serve-process'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const waiting: ((report: unknown) => void)[] = [];
  child.on('message', (report) => waiting.shift()!(report));
  return {
    run: (profile) => new Promise((resolve) => { waiting.push(resolve); child.send(profile as object); }),
    extraCpu: () => cpuSeconds(child.pid!),
    close: async () => void child.kill(),
  };
}

const inProcess: Engine = { run: async (profile) => audit(profile), extraCpu: () => 0, close: async () => undefined };

async function measure(engine: Engine, profile: unknown, audits: number): Promise<{ cpuMs: number; perSecond: number }> {
  for (let warm = 0; warm < 100; warm += 1) await engine.run(profile);
  const cpuBefore = process.cpuUsage();
  const extraBefore = engine.extraCpu();
  const started = performance.now();
  let next = 0;
  const lane = async () => {
    // Like a job: the profile arrives as JSON text (from Postgres), the report leaves as JSON text.
    while (next++ < audits) JSON.stringify(await engine.run(JSON.parse(JSON.stringify(profile))));
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, lane));
  const seconds = (performance.now() - started) / 1000;
  const own = process.cpuUsage(cpuBefore);
  const cpu = (own.user + own.system) / 1e6 + engine.extraCpu() - extraBefore;
  return { cpuMs: (cpu * 1000) / audits, perSecond: audits / seconds };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { audits: { type: 'string', default: '2000' }, rounds: { type: 'string', default: '3' } } });
  const root = findRepoRoot([__dirname]);
  const profile = JSON.parse(readFileSync(join(root, 'docs/examples/strong-en.json'), 'utf8'));
  const kinds: [string, () => Engine][] = [['in-process', () => inProcess], ['worker thread', threadEngine], ['child process (sandboxed)', processEngine]];
  const figures = new Map<string, { cpuMs: number[]; perSecond: number[] }>(kinds.map(([name]) => [name, { cpuMs: [], perSecond: [] }]));
  for (let round = 0; round < Number(values.rounds); round += 1) {
    const order = round % 2 === 0 ? kinds : [...kinds].reverse();
    for (const [name, make] of order) {
      const engine = make();
      const result = await measure(engine, profile, Number(values.audits));
      await engine.close();
      figures.get(name)!.cpuMs.push(result.cpuMs);
      figures.get(name)!.perSecond.push(result.perSecond);
    }
  }
  const base = figures.get('in-process')!;
  console.log(`engine placement, ${values.audits} audits of strong-en.json, ${CONCURRENCY} at a time, medians of ${values.rounds} rounds`);
  console.log('| placement | CPU ms/audit | vs in-process | audits/s | vs in-process |\n|---|---|---|---|---|');
  for (const [name, { cpuMs, perSecond }] of figures) {
    console.log(`| ${name} | ${median(cpuMs).toFixed(3)} | ${(median(cpuMs) / median(base.cpuMs)).toFixed(2)} | ${median(perSecond).toFixed(0)} | ${(median(perSecond) / median(base.perSecond)).toFixed(2)} |`);
  }
}

if (process.argv.includes('--serve-thread') && !isMainThread) {
  parentPort!.on('message', (profile) => parentPort!.postMessage(audit(profile)));
} else if (process.argv.includes('--serve-process')) {
  process.on('message', (profile) => process.send!(audit(profile) as object));
} else if (isMainThread) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
