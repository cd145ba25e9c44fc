import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AUDIT_QUEUE } from '../../src/audits/audit-queue.contract';
import { queueConfig } from '../../src/config/queue.config';
import { type TestAccount, createAccount } from './support/auth';
import { createTestEnvironment, startTestApp, startTestWorker, type TestEnvironment, waitFor } from './support/test-app';

const PROFILE = { sources: [{ platform: 'linkedin', headline: 'Data Analyst | SQL, Python, Tableau', about: 'I turn data into decisions.' }] };

/**
 * The API runs without workers; a separate worker context is started and stopped by the tests, so
 * each job moves only when the test lets it.
 */
describe('Admin: queue stats, jobs, failed audits (real AppModule, Postgres, Redis)', () => {
  let env: TestEnvironment;
  let app: INestApplication;
  let worker: INestApplicationContext | undefined;
  let admin: TestAccount;
  let candidate: TestAccount;
  let recruiter: TestAccount;
  let queue: Queue;
  let db: DataSource;

  beforeAll(async () => {
    env = await createTestEnvironment();
    app = await startTestApp({ workers: false });
    admin = await createAccount(app, 'admin');
    candidate = await createAccount(app, 'candidate');
    recruiter = await createAccount(app, 'recruiter');
    queue = app.get<Queue>(getQueueToken(AUDIT_QUEUE), { strict: false });
    db = app.get(DataSource);
  });

  afterAll(async () => {
    await worker?.close();
    await app?.close();
    await env?.destroy();
  });

  const api = () => request(app.getHttpServer());
  const asAdmin = <T extends { set(headers: Record<string, string>): T }>(test: T) => test.set(admin.auth);

  async function stats() {
    const response = await asAdmin(api().get('/api/v1/admin/queues')).expect(200);
    return response.body.queues.find((entry: { name: string }) => entry.name === AUDIT_QUEUE);
  }

  async function submit(): Promise<string> {
    const response = await api().post('/api/v1/audits').set(candidate.auth).send(PROFILE).expect(202);
    return response.body.id as string;
  }

  async function auditStatus(id: string): Promise<string> {
    const [row] = await db.query('SELECT status FROM audits WHERE id = $1', [id]);
    return row?.status;
  }

  async function waitForAudit(id: string, status: string) {
    return waitFor(async () => ((await auditStatus(id)) === status ? true : undefined), 20_000, `audit ${id} to be ${status}`);
  }

  async function startWorker() {
    worker = await startTestWorker();
  }

  async function stopWorker() {
    await worker?.close();
    worker = undefined;
  }

  describe('access', () => {
    const adminRoutes: [method: 'get' | 'post' | 'put' | 'delete', path: string][] = [
      ['get', '/api/v1/admin/queues'],
      ['get', `/api/v1/admin/queues/${AUDIT_QUEUE}`],
      ['post', `/api/v1/admin/queues/${AUDIT_QUEUE}/pause`],
      ['post', `/api/v1/admin/queues/${AUDIT_QUEUE}/resume`],
      ['delete', `/api/v1/admin/queues/${AUDIT_QUEUE}/delayed`],
      ['post', `/api/v1/admin/queues/${AUDIT_QUEUE}/failed/retry`],
      ['get', '/api/v1/admin/jobs?state=failed'],
      ['get', '/api/v1/admin/jobs/some-job'],
      ['post', '/api/v1/admin/jobs/some-job/retry'],
      ['get', '/api/v1/admin/audits?status=failed'],
      ['get', '/api/v1/admin/audits/4f1c2b9e-8a7d-4c3b-9e2f-1a2b3c4d5e6f'],
      ['post', '/api/v1/admin/audits/4f1c2b9e-8a7d-4c3b-9e2f-1a2b3c4d5e6f/retry'],
      ['get', '/admin/queues'],
      ['get', '/admin/queues/api/queues'],
      ['put', `/admin/queues/api/queues/${AUDIT_QUEUE}/pause`],
    ];

    it.each(adminRoutes)('%s %s: 401 without a token, 403 for a candidate and a recruiter', async (method, path) => {
      await api()[method](path).expect(401);
      await api()[method](path).set(candidate.auth).expect(403);
      await api()[method](path).set(recruiter.auth).expect(403);
      expect(await queue.isPaused()).toBe(false);
    });

    it('the dashboard opens for an admin (bearer token or the session cookie), and a browser without one is sent to sign in', async () => {
      const page = await api().get('/admin/queues').set(admin.auth).expect(200);
      expect(page.text).toContain('<html');
      const queues = await api().get('/admin/queues/api/queues').set(admin.auth).expect(200);
      expect(JSON.stringify(queues.body)).toContain(AUDIT_QUEUE);

      const redirect = await api().get('/admin/queues').set('Accept', 'text/html').expect(303);
      expect(redirect.headers.location).toBe('/admin/session');
      const form = await api().get('/admin/session').expect(200);
      expect(form.text).toContain('<form method="post" action="/admin/session">');

      const signIn = await api()
        .post('/admin/session')
        .type('form')
        .send({ email: admin.email, password: admin.password })
        .expect(303);
      expect(signIn.headers.location).toBe('/admin/queues');
      const cookie = ([] as string[]).concat(signIn.headers['set-cookie'] ?? []).find((value) => value.startsWith('citra_admin_session='));
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Strict/i);
      expect(cookie).toMatch(/Path=\/admin/);
      await api().get('/admin/queues/api/queues').set('Cookie', cookie!.split(';')[0]!).expect(200);
    });

    it('the sign-in form refuses non-admins and wrong passwords, and a forged cookie opens nothing', async () => {
      await api().post('/admin/session').send({ email: candidate.email, password: candidate.password }).expect(403);
      await api().post('/admin/session').send({ email: admin.email, password: 'not the password' }).expect(401);
      await api().post('/admin/session').send({ email: admin.email }).expect(400);
      // From the HTML form, a refusal is the form again with the reason, never a bare JSON page.
      const wrong = await api().post('/admin/session').type('form').send({ email: admin.email, password: 'not the password' }).expect(401);
      expect(wrong.headers['content-type']).toMatch(/^text\/html/);
      expect(wrong.text).toContain('<p class="error" role="alert">Email or password is incorrect.</p>');
      expect(wrong.text).toContain(`value="${admin.email}"`);
      expect(wrong.text).toContain('<form method="post" action="/admin/session">');
      const notAdmin = await api().post('/admin/session').type('form').send({ email: candidate.email, password: candidate.password }).expect(403);
      expect(notAdmin.text).toContain('the queue dashboard is for admin accounts');
      const escaped = await api().post('/admin/session').type('form').send({ email: '"><script>x</script>', password: 'x' }).expect(401);
      expect(escaped.text).toContain('value="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"');
      expect(escaped.text).not.toContain('<script>x');
      await api().get('/admin/queues/api/queues').set('Cookie', `citra_admin_session=${candidate.token}`).expect(403);
      await api().get('/admin/queues/api/queues').set('Cookie', 'citra_admin_session=forged.token.value').expect(401);
    });
  });

  it('stats follow jobs as they are added, completed and failed', async () => {
    const before = await stats();
    expect(before).toMatchObject({ name: AUDIT_QUEUE, isPaused: false, workers: [] });

    const completedId = await submit();
    const failingId = await submit();
    const waiting = await stats();
    expect(waiting.counts.waiting).toBe(before.counts.waiting + 2);
    expect(waiting.counts.completed).toBe(before.counts.completed);

    // The profile is gone before a worker sees it: an unrecoverable failure.
    await db.query('UPDATE audits SET profile = NULL WHERE id = $1', [failingId]);
    await startWorker();
    await waitForAudit(completedId, 'completed');
    await waitForAudit(failingId, 'failed');
    const after = await waitFor(async () => {
      const current = await stats();
      return current.counts.failed === before.counts.failed + 1 && current.counts.completed >= before.counts.completed + 1
        ? current
        : undefined;
    }, 10_000, 'the counts to show the finished jobs');

    expect(after.counts.waiting).toBe(0);
    expect(after.workers.length).toBeGreaterThanOrEqual(1);
    expect(after.throughput.lastMinute.completed).toBeGreaterThanOrEqual(1);
    expect(after.throughput.lastMinute.failed).toBe(before.throughput.lastMinute.failed + 1);
    expect(after.throughput.lastHour.completed).toBeGreaterThanOrEqual(after.throughput.lastMinute.completed);
    expect(after.throughput.lastHour.failed).toBe(before.throughput.lastHour.failed + 1);
    expect(after.waitTimeMs.samples).toBeGreaterThanOrEqual(2);
    expect(after.waitTimeMs.p50).toBeGreaterThanOrEqual(0);
    expect(after.waitTimeMs.p95).toBeGreaterThanOrEqual(after.waitTimeMs.p50);
    expect(after.processingTimeMs.p95).toBeGreaterThanOrEqual(after.processingTimeMs.p50);

    const failedJobs = await asAdmin(api().get('/api/v1/admin/jobs?state=failed')).expect(200);
    const failedJob = failedJobs.body.items.find((job: { id: string }) => job.id === failingId);
    expect(failedJob).toMatchObject({ auditId: failingId, state: 'failed', attemptsMade: 1, name: 'run-audit' });
    expect(failedJob.failedReason).toMatch(/purged/);
    expect(failedJobs.body.total).toBe(after.counts.failed);

    const failedAudits = await asAdmin(api().get('/api/v1/admin/audits?status=failed')).expect(200);
    expect(failedAudits.body.items).toContainEqual(expect.objectContaining({ id: failingId, status: 'failed', failureReason: expect.stringMatching(/purged/) }));
    await stopWorker();
  });

  it('retrying a failed audit re-runs the same audit id to completion', async () => {
    const id = await submit();
    const [{ profile }] = await db.query('SELECT profile FROM audits WHERE id = $1', [id]);
    await db.query('UPDATE audits SET profile = NULL WHERE id = $1', [id]);
    await startWorker();
    await waitForAudit(id, 'failed');

    // The cause is fixed (the profile is back); the admin retries the same audit.
    await db.query('UPDATE audits SET profile = $2 WHERE id = $1', [id, JSON.stringify(profile)]);
    const retried = await asAdmin(api().post(`/api/v1/admin/audits/${id}/retry`)).expect(200);
    expect(retried.body.id).toBe(id);
    expect(['queued', 'processing', 'completed']).toContain(retried.body.status);

    await waitForAudit(id, 'completed');
    const audit = await api().get(`/api/v1/audits/${id}`).set(candidate.auth).expect(200);
    expect(audit.body).toMatchObject({ id, status: 'completed', failureReason: null });
    expect(audit.body.report.scores.overall.value).toBeGreaterThanOrEqual(0);
    const [{ count }] = await db.query('SELECT count(*)::int AS count FROM audits WHERE id = $1', [id]);
    expect(count).toBe(1);

    await asAdmin(api().post(`/api/v1/admin/audits/${id}/retry`)).expect(409);
    await asAdmin(api().post('/api/v1/admin/audits/4f1c2b9e-8a7d-4c3b-9e2f-1a2b3c4d5e6f/retry')).expect(404);
    await asAdmin(api().post('/api/v1/admin/audits/not-a-uuid/retry')).expect(400);
    await stopWorker();
  });

  it('retries one failed job, and all failed jobs, through the jobs routes', async () => {
    const [first, second] = [await submit(), await submit()];
    await db.query('UPDATE audits SET profile = NULL WHERE id = ANY($1)', [[first, second]]);
    await startWorker();
    await waitForAudit(first, 'failed');
    await waitForAudit(second, 'failed');
    await stopWorker();
    await db.query(`UPDATE audits SET profile = '{"sources":[{"platform":"x","about":"Analyst"}]}' WHERE id = ANY($1)`, [[first, second]]);

    const one = await asAdmin(api().post(`/api/v1/admin/jobs/${first}/retry`)).expect(200);
    expect(one.body).toMatchObject({ id: first, state: 'waiting', attemptsMade: 0 });
    expect(await auditStatus(first)).toBe('queued');

    const all = await asAdmin(api().post(`/api/v1/admin/queues/${AUDIT_QUEUE}/failed/retry`)).expect(200);
    expect(all.body.done).toContain(second);
    expect(all.body.done).not.toContain(first);
    expect(await auditStatus(second)).toBe('queued');

    await startWorker();
    await waitForAudit(first, 'completed');
    await waitForAudit(second, 'completed');
    await stopWorker();
    await asAdmin(api().post(`/api/v1/admin/jobs/${first}/retry`)).expect(409);
    const [sweepRun] = (await queue.getJobs('completed', 0, -1)).filter((job) => job.name === 'sweep-queued-audits');
    expect(sweepRun).toBeDefined();
    await asAdmin(api().post(`/api/v1/admin/jobs/${encodeURIComponent(sweepRun!.id!)}/retry`)).expect(409);
    await asAdmin(api().post('/api/v1/admin/jobs/no-such-job/retry')).expect(404);
    await asAdmin(api().get('/api/v1/admin/jobs?queue=nope')).expect(404);
    await asAdmin(api().get('/api/v1/admin/jobs?state=lost')).expect(400);
  });

  it('pause holds new jobs back and resume lets them run', async () => {
    await startWorker();
    const paused = await asAdmin(api().post(`/api/v1/admin/queues/${AUDIT_QUEUE}/pause`)).expect(200);
    expect(paused.body.isPaused).toBe(true);

    const id = await submit();
    // Give a running worker ample time to take the job; only the pause keeps it waiting.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await auditStatus(id)).toBe('queued');
    expect((await queue.getJob(id))?.processedOn).toBeUndefined();
    const held = await stats();
    expect(held.isPaused).toBe(true);
    expect(held.counts.paused).toBeGreaterThanOrEqual(1);

    const resumed = await asAdmin(api().post(`/api/v1/admin/queues/${AUDIT_QUEUE}/resume`)).expect(200);
    expect(resumed.body).toMatchObject({ isPaused: false, counts: { paused: 0 } });
    await waitForAudit(id, 'completed');
    await stopWorker();
  });

  it('drains delayed jobs, marks their audits failed, and keeps the sweep scheduler', async () => {
    const id = await submit();
    // As if its first attempt had failed and the retry were waiting out its backoff.
    await queue.remove(id);
    await queue.add('run-audit', { auditId: id }, { jobId: id, delay: 60_000, attempts: 3 });
    expect(await (await queue.getJob(id))!.getState()).toBe('delayed');
    // The schedule every process keeps (ScheduleKeeper), with its interval: its next run waits in the delayed set.
    await queue.upsertJobScheduler('sweep-queued-audits', { every: queueConfig().reconcileEveryMs }, { name: 'sweep-queued-audits' });

    const drained = await asAdmin(api().delete(`/api/v1/admin/queues/${AUDIT_QUEUE}/delayed`)).expect(200);
    expect(drained.body.done).toEqual([id]);
    expect(drained.body.skipped).toEqual([expect.objectContaining({ reason: expect.stringMatching(/scheduler/) })]);
    expect(await queue.getJob(id)).toBeUndefined();
    expect(await auditStatus(id)).toBe('failed');
    expect((await queue.getJobSchedulers()).map((scheduler) => scheduler.key)).toContain('sweep-queued-audits');

    // The drained audit is visible with its reason and can be run again later.
    const view = await asAdmin(api().get(`/api/v1/admin/audits/${id}`)).expect(200);
    expect(view.body).toMatchObject({ status: 'failed', jobState: 'missing', failureReason: expect.stringMatching(/admin/) });
    await asAdmin(api().post(`/api/v1/admin/audits/${id}/retry`)).expect(200);
    expect(await (await queue.getJob(id))!.getState()).toBe('waiting');
  });
});
