import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { createAccount, type TestAccount } from '../support/auth';
import { finalStatusCounts, listen, statusCounts, statusesThrough, submitSteadily } from '../support/load';
import { createTestEnvironment, startTestApp, startTestWorker, type TestEnvironment, waitFor } from '../support/test-app';

const ROOT = resolve(__dirname, '../../..');
const EXAMPLE = JSON.parse(readFileSync(resolve(ROOT, 'docs/examples/strong-en.json'), 'utf8')) as {
  sources: { headline?: string; about?: string; posts?: { text: string }[] }[];
};

/** A profile of about 170 KB (12 sources of long text, built from the example's sentences): tens of ms of engine time. */
function heavyProfile(seed: number): string {
  const sentences = EXAMPLE.sources
    .flatMap((source) => [source.headline, source.about, ...(source.posts ?? []).map((post) => post.text)])
    .filter((text): text is string => Boolean(text))
    .flatMap((text) => text.split(/(?<=[.!?])\s+/));
  let next = seed;
  const text = (length: number) => {
    let out = '';
    while (out.length < length) out += `${sentences[(next = (next * 7 + 3) % sentences.length)]} `;
    return out.slice(0, length);
  };
  const platforms = ['linkedin', 'x', 'instagram', 'tiktok', 'github', 'facebook', 'website', 'other'];
  return JSON.stringify({
    sources: Array.from({ length: 12 }, (_, index) => ({
      platform: platforms[index % platforms.length],
      headline: text(150),
      about: text(2_000),
      posts: Array.from({ length: 8 }, (_, post) => ({ text: text(1_500), postedAt: `2026-10-0${1 + post}` })),
    })),
  });
}

/** worker.ts in its own process, as `npm run start:worker` runs it (compiled on the fly by swc). */
function startWorkerProcess(): ChildProcess {
  return spawn(process.execPath, ['-r', resolve(ROOT, 'test/support/swc-register.js'), resolve(ROOT, 'src/worker.ts')], {
    cwd: ROOT,
    env: { ...process.env, WORKER_CONCURRENCY: '2' },
    stdio: 'ignore',
  });
}

/**
 * A worker process is SIGKILLed while it runs heavy audits, with more waiting behind them. Its
 * running jobs stall; BullMQ hands them to the next worker once their lock expires.
 */
describe('A worker SIGKILLed with heavy jobs running', () => {
  let env: TestEnvironment;
  let api: INestApplication;
  let doomed: ChildProcess | undefined;
  let replacement: INestApplicationContext | undefined;
  let candidate: TestAccount;
  let baseUrl: string;

  beforeAll(async () => {
    env = await createTestEnvironment();
    api = await startTestApp({ workers: false, quiet: true });
    baseUrl = await listen(api);
    candidate = await createAccount(api, 'candidate');
  });

  afterAll(async () => {
    doomed?.kill('SIGKILL');
    await replacement?.close();
    await api?.close();
    await env?.destroy();
  });

  it('loses none of them: the jobs it was running complete on the next worker, and so does the backlog', async () => {
    const submissions = await submitSteadily({ baseUrl, token: candidate.token, count: 24, perSecond: 50, body: heavyProfile });
    expect(statusCounts(submissions)).toEqual({ 202: 24 });
    const ids = submissions.map((entry) => entry.auditId!);
    const statusesOf = statusesThrough(api.get(DataSource));

    doomed = startWorkerProcess();
    await waitFor(async () => {
      const statuses = await statusesOf(ids);
      return ids.some((id) => statuses.get(id) === 'processing') ? true : undefined;
    }, 45_000, 'the worker process to start running audits');
    const exited = once(doomed, 'exit');
    doomed.kill('SIGKILL');
    await exited;

    // Killed mid-job (no other worker runs yet, so every audit left processing was its own), with more waiting behind.
    const afterKill = await statusesOf(ids);
    expect(ids.filter((id) => afterKill.get(id) === 'processing').length).toBeGreaterThan(0);
    expect(ids.filter((id) => afterKill.get(id) === 'queued').length).toBeGreaterThan(0);

    replacement = await startTestWorker();
    expect(await finalStatusCounts(ids, statusesOf, 45_000)).toEqual({ completed: 24 });
  }, 120_000);
});
