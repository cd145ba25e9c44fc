/**
 * `npm run bench:api-post -- --against DIR [--rounds 5] [--seconds 5] [--warm-seconds 1.5] [--rate 200 | --flood]`
 *
 * The API's CPU, and its Postgres backends', per accepted POST /api/v1/audits, for this checkout's
 * build and another one (DIR holds its dist/, e.g. the old build of scripts/old-build.sh). Both APIs
 * run at once, without workers, each on its own database and queue prefix, and get the same load
 * (paced at --rate a second, or --flood: 32 clients as fast as answered), so the machine's other
 * load falls on both alike; a round's ratio compares two figures taken side by side. CPU is read
 * from /proc. Prints every round, the medians and the median ratio. An untimed load of
 * --warm-seconds comes first: a longer one leaves V8's compiling of the request path out of the
 * figures (a fresh API still optimises new functions 20 s into a flood), so a small change to the
 * per-request work shows.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { cpuBetween, type CpuSnapshot, snapshot } from './bench-pipeline/cpu';
import { flood, type LoadResult, median, paced, type Target } from './bench-pipeline/load';
import { databaseUrlOn, deleteRedisKeys, dropDatabase, onDatabase } from './bench-pipeline/scratch';
import { children, type Stack, startStack } from './bench-pipeline/stack';
import { findRepoRoot } from './repo-root';

const { values: options } = parseArgs({
  options: {
    against: { type: 'string' },
    rounds: { type: 'string', default: '5' },
    seconds: { type: 'string', default: '5' },
    rate: { type: 'string', default: '200' },
    flood: { type: 'boolean', default: false },
    'warm-seconds': { type: 'string', default: '1.5' },
  },
});
const ROOT = findRepoRoot([__dirname]);
const tag = `citra_apipost_${randomBytes(4).toString('hex')}`;
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const databaseUrl = databaseUrlOn;
const scratch = mkdtempSync(join(tmpdir(), 'citra-apipost-'));
const WARM_SECONDS = Number(options['warm-seconds']);
const FLOOD_CLIENTS = 32;

interface Build {
  name: string;
  root: string;
  database: string;
  perPost: { api: number; postgres: number }[];
}

function load(target: Target, seconds: number): Promise<LoadResult> {
  return options.flood ? flood(target, seconds, FLOOD_CLIENTS) : paced(target, seconds, Number(options.rate));
}

async function start(build: Build, round: number): Promise<Stack> {
  return startStack('citra', {
    root: build.root, databaseUrl: databaseUrl(build.database), redisUrl, queuePrefix: `${tag}_${build.name}_${round}`, workers: 0,
    engineCpuMs: 0, reportFile: '', logDir: scratch,
    // One account sends everything: the per-account limit would be what is measured.
    citraEnv: { AUDIT_SUBMIT_RATE_PER_MINUTE: '0', AUDIT_QUEUE_MAX_WAITING: '0' },
  });
}

/** Both builds at once: warm, then the measured load; CPU per accepted POST of each. */
async function round(builds: Build[], index: number, body: string, pg: Client): Promise<void> {
  const order = index % 2 === 0 ? builds : [...builds].reverse();
  const stacks: Stack[] = [];
  try {
    for (const build of order) stacks.push(await start(build, index));
    const targets = stacks.map((stack) => ({ port: stack.port, path: stack.path, headers: stack.headers, body }));
    await Promise.all(targets.map((target) => load(target, WARM_SECONDS)));
    const cpuTargets = stacks.map((stack, at) => ({ api: [stack.api.pid!], worker: [], redis: [], database: order[at]!.database, pg }));
    const before: CpuSnapshot[] = await Promise.all(cpuTargets.map((targets) => snapshot(targets)));
    const results = await Promise.all(targets.map((target) => load(target, Number(options.seconds))));
    const after: CpuSnapshot[] = await Promise.all(cpuTargets.map((targets) => snapshot(targets)));
    order.forEach((build, at) => {
      const used = cpuBetween(before[at]!, after[at]!);
      const accepted = results[at]!.accepted;
      build.perPost.push({ api: (used.api * 1000) / accepted, postgres: (used.postgres * 1000) / accepted });
      const refused = Object.keys(results[at]!.refused).length > 0 ? `, refused ${JSON.stringify(results[at]!.refused)}` : '';
      console.log(`round ${index + 1} ${build.name}: ${accepted} accepted${refused}, API ${build.perPost.at(-1)!.api.toFixed(3)} ms, Postgres ${build.perPost.at(-1)!.postgres.toFixed(3)} ms per POST`);
    });
  } finally {
    await Promise.all(stacks.map((stack) => stack.stop()));
  }
}

async function main(): Promise<void> {
  if (!options.against) throw new Error('Usage: node dist/scripts/bench-api-post.js --against DIR (a checkout or folder with the other build in DIR/dist)');
  const builds: Build[] = [
    { name: 'against', root: resolve(options.against), database: `${tag}_against`, perPost: [] },
    { name: 'this', root: ROOT, database: `${tag}_this`, perPost: [] },
  ];
  for (const build of builds) await onDatabase('postgres', `CREATE DATABASE ${build.database}`);
  const pg = new Client({ connectionString: databaseUrl('postgres') });
  await pg.connect();
  try {
    const body = readFileSync(join(ROOT, 'docs/examples/strong-en.json'), 'utf8');
    for (let index = 0; index < Number(options.rounds); index += 1) await round(builds, index, body, pg);
  } finally {
    await pg.end();
  }
  const [against, now] = builds as [Build, Build];
  for (const kind of ['api', 'postgres'] as const) {
    const ratios = now.perPost.map((figures, at) => figures[kind] / against.perPost[at]![kind]);
    console.log(`${kind} CPU per accepted POST, median: ${median(against.perPost.map((f) => f[kind])).toFixed(3)} -> ${median(now.perPost.map((f) => f[kind])).toFixed(3)} ms (median ratio of the rounds ${median(ratios).toFixed(3)})`);
  }
}

async function cleanUp(): Promise<void> {
  for (const child of children) child.kill('SIGKILL');
  await deleteRedisKeys(redisUrl, tag).catch((error: unknown) => console.error(`could not delete the Redis keys ${tag}*: ${String(error)}`));
  for (const suffix of ['against', 'this']) {
    await dropDatabase(`${tag}_${suffix}`).catch((error: unknown) => console.error(`could not drop ${tag}_${suffix}: ${String(error)}`));
  }
  rmSync(scratch, { recursive: true, force: true });
}

main()
  .then(cleanUp)
  .catch(async (error: unknown) => {
    console.error(error);
    await cleanUp();
    process.exitCode = 1;
  });
