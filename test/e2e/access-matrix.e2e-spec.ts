import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createAccount, submitCompletedAudit, type TestAccount } from './support/auth';
import { createTestEnvironment, startTestApp, type TestEnvironment } from './support/test-app';

type Actor = 'owner' | 'sameRole' | 'otherRole' | 'otherRole2' | 'admin' | 'anonymous';
type Method = 'get' | 'post' | 'put' | 'delete';

interface RouteCase {
  name: string;
  method: Method;
  path: () => string;
  body?: () => object;
  /** The status for the resource's owner; run last, after every other actor has been refused. */
  ownerStatus: number;
}

const RISKY_PROFILE = {
  sources: [{ platform: 'instagram', about: 'Info slot gacor hari ini, maxwin dijamin!! Link di bio.' }],
};

/**
 * Every route that takes an id, tried by its owner, a second user of the same role, the other roles
 * and no token at all. Not yours: 404. Wrong role: 403. No token: 401.
 */
describe('Access matrix (real AppModule, Postgres, Redis, worker in-process)', () => {
  let env: TestEnvironment;
  let app: INestApplication;
  let candidate: TestAccount;
  let otherCandidate: TestAccount;
  let recruiter: TestAccount;
  let otherRecruiter: TestAccount;
  let admin: TestAccount;
  let auditId: string;
  let doomedAuditId: string;
  let flagId: string;
  let doomedShareId: string;
  let requestId: string;
  let invitationUrl: string;

  beforeAll(async () => {
    env = await createTestEnvironment();
    app = await startTestApp({ workers: true });
    [candidate, otherCandidate, recruiter, otherRecruiter, admin] = await Promise.all([
      createAccount(app, 'candidate'),
      createAccount(app, 'candidate', 'other-candidate'),
      createAccount(app, 'recruiter'),
      createAccount(app, 'recruiter', 'other-recruiter'),
      createAccount(app, 'admin'),
    ]);
    const [audit, doomed] = await Promise.all([
      submitCompletedAudit(app, candidate, RISKY_PROFILE),
      submitCompletedAudit(app, candidate, RISKY_PROFILE),
    ]);
    auditId = audit.id;
    doomedAuditId = doomed.id;
    flagId = audit.report.recruiterSummary.flags[0].id;
    await http().post(`/api/v1/audits/${auditId}/shares`).set(candidate.auth).send({ recruiterEmail: recruiter.email }).expect(201);
    doomedShareId = (await http().post(`/api/v1/audits/${auditId}/shares`).set(candidate.auth).send({ link: true }).expect(201)).body.id;
    const invitation = await http().post('/api/v1/recruiter/requests').set(recruiter.auth).send({}).expect(201);
    requestId = invitation.body.id;
    invitationUrl = invitation.body.invitationUrl;
  });

  afterAll(async () => {
    await app?.close();
    await env?.destroy();
  });

  const http = () => request(app.getHttpServer());

  function send(method: Method, path: string, account: TestAccount | undefined, body?: object) {
    const call = http()[method](path);
    if (account) call.set(account.auth);
    return body ? call.send(body) : call;
  }

  async function expectMatrix(route: RouteCase, actors: Record<Actor, TestAccount | undefined>, refusals: Record<Exclude<Actor, 'owner'>, number>) {
    const seen: Record<string, number> = {};
    for (const actor of Object.keys(refusals) as Exclude<Actor, 'owner'>[]) {
      seen[actor] = (await send(route.method, route.path(), actors[actor], route.body?.())).status;
    }
    seen.owner = (await send(route.method, route.path(), actors.owner, route.body?.())).status;
    expect({ route: route.name, ...seen }).toEqual({ route: route.name, ...refusals, owner: route.ownerStatus });
  }

  const candidateRoutes: RouteCase[] = [
    { name: 'GET audit', method: 'get', path: () => `/api/v1/audits/${auditId}`, ownerStatus: 200 },
    { name: 'GET recruiter-view', method: 'get', path: () => `/api/v1/audits/${auditId}/recruiter-view`, ownerStatus: 200 },
    { name: 'GET shares', method: 'get', path: () => `/api/v1/audits/${auditId}/shares`, ownerStatus: 200 },
    { name: 'POST share', method: 'post', path: () => `/api/v1/audits/${auditId}/shares`, body: () => ({ link: true }), ownerStatus: 201 },
    { name: 'GET views', method: 'get', path: () => `/api/v1/audits/${auditId}/views`, ownerStatus: 200 },
    { name: 'PUT comment', method: 'put', path: () => `/api/v1/audits/${auditId}/flags/${flagId}/comment`, body: () => ({ comment: 'Old post' }), ownerStatus: 200 },
    { name: 'DELETE comment', method: 'delete', path: () => `/api/v1/audits/${auditId}/flags/${flagId}/comment`, ownerStatus: 204 },
    { name: 'DELETE share', method: 'delete', path: () => `/api/v1/shares/${doomedShareId}`, ownerStatus: 204 },
    { name: 'DELETE audit', method: 'delete', path: () => `/api/v1/audits/${doomedAuditId}`, ownerStatus: 204 },
  ];

  it.each(candidateRoutes.map((route) => [route.name, route] as const))('candidate route %s', async (_name, route) => {
    await expectMatrix(
      route,
      { owner: candidate, sameRole: otherCandidate, otherRole: recruiter, otherRole2: otherRecruiter, admin, anonymous: undefined },
      { sameRole: 404, otherRole: 403, otherRole2: 403, admin: 403, anonymous: 401 },
    );
  });

  it('recruiter route GET summary: only the recruiter it is shared with', async () => {
    await expectMatrix(
      { name: 'GET summary', method: 'get', path: () => `/api/v1/recruiter/summaries/${auditId}`, ownerStatus: 200 },
      { owner: recruiter, sameRole: otherRecruiter, otherRole: candidate, otherRole2: otherCandidate, admin, anonymous: undefined },
      { sameRole: 404, otherRole: 403, otherRole2: 403, admin: 403, anonymous: 401 },
    );
  });

  it('recruiter route DELETE request: only the recruiter who sent it', async () => {
    await expectMatrix(
      { name: 'DELETE request', method: 'delete', path: () => `/api/v1/recruiter/requests/${requestId}`, ownerStatus: 204 },
      { owner: recruiter, sameRole: otherRecruiter, otherRole: candidate, otherRole2: otherCandidate, admin, anonymous: undefined },
      { sameRole: 404, otherRole: 403, otherRole2: 403, admin: 403, anonymous: 401 },
    );
  });

  it('invitation answer: candidates only; an invitation addressed to someone else is 404', async () => {
    const addressed = await http().post('/api/v1/recruiter/requests').set(recruiter.auth).send({ candidateEmail: candidate.email }).expect(201);
    await expectMatrix(
      { name: 'POST fulfil', method: 'post', path: () => `${addressed.body.invitationUrl}/fulfil`, body: () => ({ auditId }), ownerStatus: 200 },
      { owner: candidate, sameRole: otherCandidate, otherRole: recruiter, otherRole2: otherRecruiter, admin, anonymous: undefined },
      { sameRole: 404, otherRole: 403, otherRole2: 403, admin: 403, anonymous: 401 },
    );
    expect((await http().get(invitationUrl)).status).toBe(200);
  });

  it('routes without an id refuse the wrong role and anonymous callers', async () => {
    const cases: [Method, string, TestAccount | undefined, number][] = [
      ['get', '/api/v1/audits', recruiter, 403],
      ['get', '/api/v1/audits', admin, 403],
      ['post', '/api/v1/audits', recruiter, 403],
      ['get', '/api/v1/audits', undefined, 401],
      ['get', '/api/v1/recruiter/summaries', candidate, 403],
      ['get', '/api/v1/recruiter/summaries', admin, 403],
      ['get', '/api/v1/recruiter/summaries', undefined, 401],
      ['post', '/api/v1/recruiter/requests', candidate, 403],
      ['get', '/api/v1/recruiter/requests', admin, 403],
      ['get', '/api/v1/me', undefined, 401],
      ['get', '/api/v1/me/export', undefined, 401],
      ['delete', '/api/v1/me', undefined, 401],
      ['delete', '/api/v1/me', admin, 403],
    ];
    for (const [method, path, account, status] of cases) {
      expect({ method, path, role: account?.role ?? 'anonymous', status: (await send(method, path, account, method === 'post' ? {} : undefined)).status })
        .toEqual({ method, path, role: account?.role ?? 'anonymous', status });
    }
    for (const account of [candidate, recruiter, admin]) await send('get', '/api/v1/me/export', account).expect(200);
  });

  it('never lets a recruiter read a summary that is unshared, revoked or expired', async () => {
    const unshared = await submitCompletedAudit(app, candidate, RISKY_PROFILE);
    await send('get', `/api/v1/recruiter/summaries/${unshared.id}`, recruiter).expect(404);

    const share = await send('post', `/api/v1/audits/${unshared.id}/shares`, candidate, { recruiterEmail: recruiter.email, expiresInDays: 1 }).expect(201);
    await send('get', `/api/v1/recruiter/summaries/${unshared.id}`, recruiter).expect(200);
    await app.get(DataSource).query(`UPDATE shares SET expires_at = now() - interval '1 second' WHERE id = $1`, [share.body.id]);
    await send('get', `/api/v1/recruiter/summaries/${unshared.id}`, recruiter).expect(404);

    const again = await send('post', `/api/v1/audits/${unshared.id}/shares`, candidate, { recruiterEmail: recruiter.email }).expect(201);
    await send('get', `/api/v1/recruiter/summaries/${unshared.id}`, recruiter).expect(200);
    await send('delete', `/api/v1/shares/${again.body.id}`, candidate).expect(204);
    await send('get', `/api/v1/recruiter/summaries/${unshared.id}`, recruiter).expect(404);
    const list = await send('get', '/api/v1/recruiter/summaries', recruiter).expect(200);
    expect(list.body.items.map((item: { auditId: string }) => item.auditId)).toEqual([auditId]);
  });
});
