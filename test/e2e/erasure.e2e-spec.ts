import type { INestApplication } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AUDIT_QUEUE } from '../../src/audits/audit-queue.contract';
import { PRIVACY_JOBS, PRIVACY_QUEUE, PURGE_PROFILES_SCHEDULER_ID } from '../../src/privacy/privacy-queue.contract';
import { createAccount, submitCompletedAudit, type TestAccount } from './support/auth';
import { createTestEnvironment, startTestApp, type TestEnvironment, waitFor } from './support/test-app';
import { redisDump } from './support/redis-dump';
import { TEST_REDIS_URL } from './support/test-database';

const RETENTION_DAYS = 7;

function profileWith(marker: string) {
  return {
    sources: [
      { platform: 'linkedin', displayName: 'Sari Wulandari', headline: 'Data Analyst | SQL, Python', about: `Analyst. ${marker}` },
      { platform: 'x', handle: 'sari_data', posts: [{ text: `Judi online slot gacor maxwin, link di bio ${marker}` }] },
    ],
  };
}

describe('Data rights: export, erasure and profile retention (real AppModule, Postgres, Redis, workers)', () => {
  let env: TestEnvironment;
  let app: INestApplication;
  let candidate: TestAccount;
  let bystander: TestAccount;
  let recruiter: TestAccount;
  const marker = `Marker${randomBytes(6).toString('hex')}`;
  const bystanderMarker = `Marker${randomBytes(6).toString('hex')}`;

  beforeAll(async () => {
    process.env.PROFILE_RETENTION_DAYS = String(RETENTION_DAYS);
    env = await createTestEnvironment();
    app = await startTestApp({ workers: true });
    [candidate, bystander, recruiter] = await Promise.all([
      createAccount(app, 'candidate'),
      createAccount(app, 'candidate', 'bystander'),
      createAccount(app, 'recruiter'),
    ]);
  });

  afterAll(async () => {
    delete process.env.PROFILE_RETENTION_DAYS;
    await app?.close();
    await env?.destroy();
  });

  const http = () => request(app.getHttpServer());
  const database = () => app.get(DataSource);

  /** Every row of every table, as JSON text. */
  async function databaseDump(): Promise<string> {
    const tables: { table_name: string }[] = await database().query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
    );
    const dumps = await Promise.all(
      tables.map(async ({ table_name }) => JSON.stringify(await database().query(`SELECT row_to_json(t) AS row FROM "${table_name}" t`))),
    );
    return dumps.join('\n');
  }

  it('exports everything held about the candidate, and erasure leaves no row or Redis key with their text or ids', async () => {
    const shared = await submitCompletedAudit(app, candidate, profileWith(marker));
    const kept = await submitCompletedAudit(app, bystander, profileWith(bystanderMarker));
    const flagId = shared.report.recruiterSummary.flags[0].id;
    await http().put(`/api/v1/audits/${shared.id}/flags/${flagId}/comment`).set(candidate.auth).send({ comment: 'Parody account' }).expect(200);
    const share = await http().post(`/api/v1/audits/${shared.id}/shares`).set(candidate.auth).send({ recruiterEmail: recruiter.email }).expect(201);
    const link = await http().post(`/api/v1/audits/${shared.id}/shares`).set(candidate.auth).send({ link: true }).expect(201);
    await http().get(`/api/v1/recruiter/summaries/${shared.id}`).set(recruiter.auth).expect(200);
    await http().get(link.body.linkUrl).expect(200);
    const invitation = await http().post('/api/v1/recruiter/requests').set(recruiter.auth).send({ candidateEmail: candidate.email }).expect(201);
    await http().post(`${invitation.body.invitationUrl}/fulfil`).set(candidate.auth).send({ auditId: shared.id }).expect(200);
    await http().post('/api/v1/recruiter/requests').set(recruiter.auth).send({ candidateEmail: candidate.email }).expect(201);

    // Paused, so one audit is still queued (its job waiting in Redis) when the candidate erases.
    const auditQueue = app.get<Queue>(getQueueToken(AUDIT_QUEUE));
    await auditQueue.pause();
    let waitingId: string;
    try {
      const waiting = await http().post('/api/v1/audits').set(candidate.auth).send(profileWith(`${marker}-queued`)).expect(202);
      waitingId = waiting.body.id;
      expect(await auditQueue.getJobState(waitingId)).toBe('waiting');

      const exported = await http().get('/api/v1/me/export').set(candidate.auth).expect(200);
      expect(exported.headers['content-disposition']).toContain('attachment');
      expect(exported.body.account).toMatchObject({ id: candidate.id, email: candidate.email, role: 'candidate' });
      expect(JSON.stringify(exported.body)).not.toContain('argon2');
      expect(exported.body.audits.map((audit: { id: string }) => audit.id).sort()).toEqual([shared.id, waitingId].sort());
      expect(exported.body.audits.find((audit: { id: string }) => audit.id === shared.id).profile.sources[0].about).toContain(marker);
      expect(exported.body.sharesGiven).toHaveLength(2);
      expect(exported.body.flagComments).toEqual([expect.objectContaining({ auditId: shared.id, flagId, comment: 'Parody account' })]);
      expect(exported.body.viewsOfYourSummaries.map((view: { via: string }) => view.via).sort()).toEqual(['link', 'recruiter']);
      expect(exported.body.auditRequestsAnswered).toEqual([expect.objectContaining({ id: invitation.body.id, recruiterEmail: recruiter.email })]);
      expect(JSON.stringify(exported.body)).not.toContain(bystanderMarker);

      const before = `${await databaseDump()}\n${await redisDump(TEST_REDIS_URL, env.queuePrefix)}`;
      for (const trace of [candidate.id, candidate.email, shared.id, waitingId, marker]) expect(before).toContain(trace);

      await http().delete('/api/v1/me').set(candidate.auth).expect(204);
    } finally {
      await auditQueue.resume();
    }

    const databaseAfter = await databaseDump();
    const redisAfter = await redisDump(TEST_REDIS_URL, env.queuePrefix);
    for (const trace of [candidate.id, candidate.email, shared.id, waitingId, share.body.id, link.body.id, marker]) {
      expect(databaseAfter).not.toContain(trace);
      expect(redisAfter).not.toContain(trace);
    }
    // The scans do see other people's data, so an empty result above is not a blind spot.
    expect(databaseAfter).toContain(bystanderMarker);
    expect(databaseAfter).toContain(recruiter.id);
    expect(redisAfter).toContain(kept.id);

    await http().get('/api/v1/me').set(candidate.auth).expect(401);
    // POST /audits checks the account in its INSERT, not before: the erased account's token still stores nothing.
    await http().post('/api/v1/audits').set(candidate.auth).send(profileWith(`${marker}-after`)).expect(401);
    expect(await databaseDump()).not.toContain(`${marker}-after`);
    await http().post('/api/v1/auth/login').send({ email: candidate.email, password: candidate.password }).expect(401);
    await http().get(`/api/v1/recruiter/summaries/${shared.id}`).set(recruiter.auth).expect(404);
    await http().get(link.body.linkUrl).expect(404);
    await http().get(`/api/v1/audits/${kept.id}`).set(bystander.auth).expect(200);
  });

  it('lets a recruiter erase themselves; the candidate’s view log keeps the read without naming them', async () => {
    const owner = await createAccount(app, 'candidate', 'owner');
    const leaving = await createAccount(app, 'recruiter', 'leaving');
    const audit = await submitCompletedAudit(app, owner, profileWith(`${marker}-owner`));
    await http().post(`/api/v1/audits/${audit.id}/shares`).set(owner.auth).send({ recruiterEmail: leaving.email }).expect(201);
    await http().get(`/api/v1/recruiter/summaries/${audit.id}`).set(leaving.auth).expect(200);
    await http().delete('/api/v1/me').set(leaving.auth).expect(204);

    const views = await http().get(`/api/v1/audits/${audit.id}/views`).set(owner.auth).expect(200);
    expect(views.body.total).toBe(1);
    expect(views.body.items[0].viewer).toBeNull();
    expect(await databaseDump()).not.toContain(leaving.email);
    const admin = await createAccount(app, 'admin');
    await http().delete('/api/v1/me').set(admin.auth).expect(403);
  });

  it('purges submitted profiles past PROFILE_RETENTION_DAYS with a scheduled BullMQ job, keeping the reports', async () => {
    const privacyQueue = app.get<Queue>(getQueueToken(PRIVACY_QUEUE));
    const scheduler = await privacyQueue.getJobScheduler(PURGE_PROFILES_SCHEDULER_ID);
    expect(scheduler).toMatchObject({ name: PRIVACY_JOBS.purgeProfiles, every: 60 * 60_000 });

    const owner = await createAccount(app, 'candidate', 'retention');
    const old = await submitCompletedAudit(app, owner, profileWith(`${marker}-old`));
    const recent = await submitCompletedAudit(app, owner, profileWith(`${marker}-recent`));
    await database().query(`UPDATE audits SET created_at = now() - make_interval(days => $2) WHERE id = $1`, [old.id, RETENTION_DAYS + 1]);
    await database().query(`UPDATE audits SET created_at = now() - make_interval(days => $2) WHERE id = $1`, [recent.id, RETENTION_DAYS - 1]);

    const run = await privacyQueue.add(PRIVACY_JOBS.purgeProfiles, {});
    const result = await waitFor(async () => {
      const job = await privacyQueue.getJob(run.id!);
      if (job?.failedReason) throw new Error(job.failedReason);
      return job?.finishedOn ? job.returnvalue : undefined;
    }, 10_000, 'the purge job');
    expect(result).toEqual({ purged: 1 });

    const [oldRow] = await database().query(`SELECT profile, report FROM audits WHERE id = $1`, [old.id]);
    const [recentRow] = await database().query(`SELECT profile FROM audits WHERE id = $1`, [recent.id]);
    expect(oldRow.profile).toBeNull();
    expect(oldRow.report.recruiterSummary).toBeDefined();
    expect(recentRow.profile.sources[0].about).toContain(`${marker}-recent`);
    const stillReadable = await http().get(`/api/v1/audits/${old.id}`).set(owner.auth).expect(200);
    expect(stillReadable.body.report.scores.overall.value).toBe(old.report.scores.overall.value);
  });
});
