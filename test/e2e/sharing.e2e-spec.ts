import type { INestApplication } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createAccount, submitCompletedAudit, type TestAccount } from './support/auth';
import { createTestEnvironment, startTestApp, type TestEnvironment } from './support/test-app';

const examples = resolve(__dirname, '../../docs/examples');
const riskyId = JSON.parse(readFileSync(resolve(examples, 'risky-id.json'), 'utf8'));
const strongEn = JSON.parse(readFileSync(resolve(examples, 'strong-en.json'), 'utf8'));

/**
 * Submitted text that must never reach a recruiter: personal data (the engine redacts it from every
 * excerpt) and text the summary does not quote (it would only come from the profile or full report).
 */
const PROFILE_SECRETS = ['0812-3456-7890', 'Jl. Melati', 'Berpengalaman 5 tahun', 'dimas.cuan88'];

describe('Consent and sharing (real AppModule, Postgres, Redis, worker in-process)', () => {
  let env: TestEnvironment;
  let app: INestApplication;
  let candidate: TestAccount;
  let recruiter: TestAccount;
  let otherRecruiter: TestAccount;
  let risky: { id: string; overallScore: number; report: { recruiterSummary: Record<string, unknown> & { flags: { id: string; category: string }[] }; suggestions: unknown[] } };
  let strong: { id: string; overallScore: number };

  beforeAll(async () => {
    env = await createTestEnvironment();
    app = await startTestApp({ workers: true });
    [candidate, recruiter, otherRecruiter] = await Promise.all([
      createAccount(app, 'candidate'),
      createAccount(app, 'recruiter'),
      createAccount(app, 'recruiter', 'other-recruiter'),
    ]);
    [risky, strong] = await Promise.all([
      submitCompletedAudit(app, candidate, riskyId),
      submitCompletedAudit(app, candidate, strongEn),
    ]);
  });

  afterAll(async () => {
    await app?.close();
    await env?.destroy();
  });

  const http = () => request(app.getHttpServer());
  const sql = (query: string, params: unknown[] = []) => app.get(DataSource).query(query, params);

  function expectNothingButTheSummary(body: unknown) {
    const text = JSON.stringify(body);
    for (const secret of PROFILE_SECRETS) expect(text).not.toContain(secret);
    expect(text).not.toContain('"suggestions"');
    expect(text).not.toContain('"evidence"');
    expect(text).not.toContain('"profile"');
  }

  it('lets the candidate preview exactly the recruiter summary, and nothing else of the report', async () => {
    expect(risky.report.recruiterSummary.flags.length).toBeGreaterThan(0);
    const preview = await http().get(`/api/v1/audits/${risky.id}/recruiter-view`).set(candidate.auth).expect(200);
    expect(preview.body.share).toBeNull();
    const { flags, ...rest } = risky.report.recruiterSummary;
    expect(preview.body.summary).toMatchObject(rest);
    expect(preview.body.summary.flags).toEqual(flags.map((flag) => ({ ...flag, candidateComment: null })));
    expect(Object.keys(preview.body.summary).sort()).toEqual(Object.keys(risky.report.recruiterSummary).sort());
    expectNothingButTheSummary(preview.body);
  });

  it('shares with a recruiter by email; the recruiter lists and reads it, and the read is logged', async () => {
    const created = await http().post(`/api/v1/audits/${risky.id}/shares`).set(candidate.auth).send({ recruiterEmail: recruiter.email.toUpperCase() }).expect(201);
    expect(created.body).toMatchObject({ kind: 'recruiter', status: 'active', auditId: risky.id, recruiter: { email: recruiter.email } });
    const again = await http().post(`/api/v1/audits/${risky.id}/shares`).set(candidate.auth).send({ recruiterEmail: recruiter.email }).expect(200);
    expect(again.body.id).toBe(created.body.id);

    const list = await http().get('/api/v1/recruiter/summaries').set(recruiter.auth).expect(200);
    expect(list.body.items.map((item: { auditId: string }) => item.auditId)).toEqual([risky.id]);
    expect(list.body.items[0].share).toMatchObject({ id: created.body.id, sharedBy: { email: candidate.email } });

    const preview = await http().get(`/api/v1/audits/${risky.id}/recruiter-view`).set(candidate.auth).expect(200);
    const read = await http().get(`/api/v1/recruiter/summaries/${risky.id}`).set(recruiter.auth).expect(200);
    expect(read.body.summary).toEqual(preview.body.summary);
    expect(read.body.share).toMatchObject({ id: created.body.id, kind: 'recruiter', requestId: null });
    expectNothingButTheSummary(read.body);

    await http().get(`/api/v1/recruiter/summaries/${risky.id}`).set(otherRecruiter.auth).expect(404);
    await http().get(`/api/v1/recruiter/summaries/${strong.id}`).set(recruiter.auth).expect(404);

    const views = await http().get(`/api/v1/audits/${risky.id}/views`).set(candidate.auth).expect(200);
    expect(views.body.total).toBe(1);
    expect(views.body.items[0]).toMatchObject({ via: 'recruiter', shareId: created.body.id, viewer: { email: recruiter.email, organisation: 'Acme Talent' } });
    expect(Date.parse(views.body.items[0].viewedAt)).not.toBeNaN();
  });

  it('shows the candidate’s comment beside its flag, and only on real flags', async () => {
    const flagId = risky.report.recruiterSummary.flags[0]!.id;
    const comment = 'Old post, deleted in 2024.';
    const stored = await http().put(`/api/v1/audits/${risky.id}/flags/${flagId}/comment`).set(candidate.auth).send({ comment }).expect(200);
    expect(stored.body).toMatchObject({ flagId, comment });

    const read = await http().get(`/api/v1/recruiter/summaries/${risky.id}`).set(recruiter.auth).expect(200);
    const flag = read.body.summary.flags.find((item: { id: string }) => item.id === flagId);
    expect(flag.candidateComment).toMatchObject({ text: comment });
    expect(read.body.summary.flags.filter((item: { candidateComment: unknown }) => item.candidateComment).length).toBe(1);

    await http().put(`/api/v1/audits/${risky.id}/flags/no-such-flag/comment`).set(candidate.auth).send({ comment }).expect(404);
    const long = await http().put(`/api/v1/audits/${risky.id}/flags/${flagId}/comment`).set(candidate.auth).send({ comment: 'x'.repeat(281) }).expect(400);
    expect(long.body.details[0].field).toBe('comment');
    await http().put(`/api/v1/audits/${risky.id}/flags/${flagId}/comment`).set(otherRecruiter.auth).send({ comment }).expect(403);

    await http().delete(`/api/v1/audits/${risky.id}/flags/${flagId}/comment`).set(candidate.auth).expect(204);
    const after = await http().get(`/api/v1/audits/${risky.id}/recruiter-view`).set(candidate.auth).expect(200);
    expect(after.body.summary.flags.every((item: { candidateComment: unknown }) => item.candidateComment === null)).toBe(true);
  });

  it('filters the recruiter list by overall score and flag category', async () => {
    await http().post(`/api/v1/audits/${strong.id}/shares`).set(candidate.auth).send({ recruiterEmail: recruiter.email }).expect(201);
    const ids = async (query: string) =>
      (await http().get(`/api/v1/recruiter/summaries${query}`).set(recruiter.auth).expect(200)).body.items.map((item: { auditId: string }) => item.auditId);

    expect((await ids('')).sort()).toEqual([risky.id, strong.id].sort());
    const riskyCategory = risky.report.recruiterSummary.flags[0]!.category;
    expect(await ids(`?flagCategory=${riskyCategory}`)).toContain(risky.id);
    expect(await ids(`?flagCategory=${riskyCategory}`)).not.toContain(strong.id);
    expect(strong.overallScore).toBeGreaterThan(risky.overallScore);
    expect(await ids(`?minScore=${risky.overallScore + 1}`)).toEqual([strong.id]);
    expect(await ids(`?maxScore=${risky.overallScore}`)).toEqual([risky.id]);
    expect((await ids(`?minScore=${risky.overallScore}&maxScore=${strong.overallScore}`)).sort()).toEqual([risky.id, strong.id].sort());
    const bad = await http().get('/api/v1/recruiter/summaries?flagCategory=astrology&minScore=101').set(recruiter.auth).expect(400);
    expect(bad.body.details.map((detail: { field: string }) => detail.field).sort()).toEqual(['flagCategory', 'minScore']);
  });

  it('stops a recruiter’s access the moment the candidate revokes', async () => {
    const shares = await http().get(`/api/v1/audits/${strong.id}/shares`).set(candidate.auth).expect(200);
    const share = shares.body.find((item: { recruiter: { email: string } | null }) => item.recruiter?.email === recruiter.email);
    await http().delete(`/api/v1/shares/${share.id}`).set(candidate.auth).expect(204);
    await http().delete(`/api/v1/shares/${share.id}`).set(candidate.auth).expect(204);
    await http().get(`/api/v1/recruiter/summaries/${strong.id}`).set(recruiter.auth).expect(404);
    const list = await http().get('/api/v1/recruiter/summaries').set(recruiter.auth).expect(200);
    expect(list.body.items.map((item: { auditId: string }) => item.auditId)).not.toContain(strong.id);
    const after = await http().get(`/api/v1/audits/${strong.id}/shares`).set(candidate.auth).expect(200);
    expect(after.body.find((item: { id: string }) => item.id === share.id).status).toBe('revoked');
  });

  it('serves a share link without an account until it is revoked or expires, logging each read', async () => {
    const link = await http().post(`/api/v1/audits/${strong.id}/shares`).set(candidate.auth).send({ link: true, expiresInDays: 3 }).expect(201);
    expect(link.body.linkUrl).toMatch(/^\/api\/v1\/shared\/[A-Za-z0-9_-]{43}$/);
    const read = await http().get(link.body.linkUrl).expect(200);
    expect(read.body.share).toMatchObject({ id: link.body.id, kind: 'link', sharedBy: null });
    expectNothingButTheSummary(read.body);
    const listed = await http().get(`/api/v1/audits/${strong.id}/shares`).set(candidate.auth).expect(200);
    expect(JSON.stringify(listed.body)).not.toContain(link.body.linkUrl.split('/').pop());

    const views = await http().get(`/api/v1/audits/${strong.id}/views`).set(candidate.auth).expect(200);
    expect(views.body.items[0]).toMatchObject({ via: 'link', shareId: link.body.id, viewer: null });

    await http().delete(`/api/v1/shares/${link.body.id}`).set(candidate.auth).expect(204);
    await http().get(link.body.linkUrl).expect(404);

    const expiring = await http().post(`/api/v1/audits/${strong.id}/shares`).set(candidate.auth).send({ link: true }).expect(201);
    await http().get(expiring.body.linkUrl).expect(200);
    await sql(`UPDATE shares SET expires_at = now() - interval '1 second' WHERE id = $1`, [expiring.body.id]);
    await http().get(expiring.body.linkUrl).expect(404);
    await http().get('/api/v1/shared/not-a-token').expect(404);
  });

  it('refuses unclear or impossible shares with the field named', async () => {
    const neither = await http().post(`/api/v1/audits/${risky.id}/shares`).set(candidate.auth).send({}).expect(400);
    expect(neither.body.details[0].field).toBe('recruiterEmail');
    await http().post(`/api/v1/audits/${risky.id}/shares`).set(candidate.auth).send({ link: true, recruiterEmail: recruiter.email }).expect(400);
    const notRecruiter = await http().post(`/api/v1/audits/${risky.id}/shares`).set(candidate.auth).send({ recruiterEmail: candidate.email }).expect(400);
    expect(notRecruiter.body.details[0]).toEqual({ field: 'recruiterEmail', message: 'no recruiter account has this email' });
    const tooLong = await http().post(`/api/v1/audits/${risky.id}/shares`).set(candidate.auth).send({ link: true, expiresInDays: 365 }).expect(400);
    expect(tooLong.body.details[0].field).toBe('expiresInDays');
    await http().post(`/api/v1/audits/${risky.id}/shares`).set(candidate.auth).send({ link: 'yes' }).expect(400);

    await sql(`UPDATE audits SET status = 'queued' WHERE id = $1`, [strong.id]);
    try {
      await http().post(`/api/v1/audits/${strong.id}/shares`).set(candidate.auth).send({ link: true }).expect(409);
      await http().get(`/api/v1/audits/${strong.id}/recruiter-view`).set(candidate.auth).expect(409);
    } finally {
      await sql(`UPDATE audits SET status = 'completed' WHERE id = $1`, [strong.id]);
    }
  });

  it('turns a recruiter’s audit request into a shared summary in their list once the candidate answers', async () => {
    const invited = await createAccount(app, 'candidate', 'invited');
    const created = await http()
      .post('/api/v1/recruiter/requests')
      .set(otherRecruiter.auth)
      .send({ candidateEmail: invited.email, message: 'Please run a Citra audit for the analyst role.' })
      .expect(201);
    expect(created.body).toMatchObject({ status: 'open', candidateEmail: invited.email, sharedAuditId: null });
    const invitation = await http().get(created.body.invitationUrl).expect(200);
    expect(invitation.body).toMatchObject({ status: 'open', recruiter: { email: otherRecruiter.email }, restrictedToInvitedEmail: true });

    const audit = await submitCompletedAudit(app, invited, strongEn);
    await http().post(`${created.body.invitationUrl}/fulfil`).set(candidate.auth).send({ auditId: risky.id }).expect(404);
    await http().post(`${created.body.invitationUrl}/fulfil`).set(invited.auth).send({ auditId: risky.id }).expect(404);
    const share = await http().post(`${created.body.invitationUrl}/fulfil`).set(invited.auth).send({ auditId: audit.id }).expect(201);
    expect(share.body).toMatchObject({ kind: 'recruiter', requestId: created.body.id, recruiter: { email: otherRecruiter.email } });
    await http().post(`${created.body.invitationUrl}/fulfil`).set(invited.auth).send({ auditId: audit.id }).expect(409);

    const list = await http().get('/api/v1/recruiter/summaries').set(otherRecruiter.auth).expect(200);
    expect(list.body.items.map((item: { auditId: string }) => item.auditId)).toEqual([audit.id]);
    expect(list.body.items[0].share.requestId).toBe(created.body.id);
    const requests = await http().get('/api/v1/recruiter/requests').set(otherRecruiter.auth).expect(200);
    expect(requests.body.items[0]).toMatchObject({ id: created.body.id, status: 'fulfilled', sharedAuditId: audit.id });
    expect(requests.body.items[0].invitationUrl).toBeUndefined();
    await http().get('/api/v1/recruiter/requests').set(recruiter.auth).expect(200).expect((response) => expect(response.body.total).toBe(0));

    const open = await http().post('/api/v1/recruiter/requests').set(otherRecruiter.auth).send({}).expect(201);
    await http().delete(`/api/v1/recruiter/requests/${open.body.id}`).set(recruiter.auth).expect(404);
    await http().delete(`/api/v1/recruiter/requests/${open.body.id}`).set(otherRecruiter.auth).expect(204);
    await http().post(`${open.body.invitationUrl}/fulfil`).set(candidate.auth).send({ auditId: risky.id }).expect(409);
  });
});
