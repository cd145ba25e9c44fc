import type { INestApplication } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { UsersService } from '../../src/accounts/users.service';
import { authConfig } from '../../src/auth/auth.config';
import { TEST_PASSWORD, createAccount, logIn, type TestAccount, uniqueEmail } from './support/auth';
import { createTestEnvironment, startTestApp, type TestEnvironment } from './support/test-app';

const ADMIN_EMAIL = uniqueEmail('first-admin');
const ADMIN_PASSWORD = 'a long admin password';

function base64url(value: object | string): string {
  return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
}

/** A JWT built by hand, so each test controls exactly one thing that is wrong with it. */
function forge(header: object, claims: object, secret: string | null): string {
  const unsigned = `${base64url(header)}.${base64url(claims)}`;
  if (secret === null) return `${unsigned}.`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

describe('Accounts and tokens (real AppModule, Postgres)', () => {
  let env: TestEnvironment;
  let app: INestApplication;
  let candidate: TestAccount;
  let config: ReturnType<typeof authConfig>;

  beforeAll(async () => {
    process.env.ADMIN_EMAIL = ADMIN_EMAIL;
    process.env.ADMIN_PASSWORD = ADMIN_PASSWORD;
    // One reverse proxy in front, as in a typical deployment: the client address is X-Forwarded-For's last entry.
    process.env.TRUST_PROXY_HOPS = '1';
    env = await createTestEnvironment();
    app = await startTestApp({ workers: false });
    candidate = await createAccount(app, 'candidate');
    config = app.get(authConfig.KEY);
  });

  afterAll(async () => {
    delete process.env.ADMIN_EMAIL;
    delete process.env.ADMIN_PASSWORD;
    delete process.env.TRUST_PROXY_HOPS;
    await app?.close();
    await env?.destroy();
  });

  const http = () => request(app.getHttpServer());
  const now = () => Math.floor(Date.now() / 1000);
  const validClaims = () => ({
    sub: candidate.id,
    email: candidate.email,
    role: 'candidate',
    iss: config.jwtIssuer,
    aud: config.jwtAudience,
    iat: now(),
    exp: now() + 600,
  });

  it('signs up candidates and recruiters, stores an argon2id hash, and signs them in', async () => {
    const email = uniqueEmail('Recruiter');
    const created = await http()
      .post('/api/v1/auth/signup')
      .send({ email: `  ${email.toUpperCase()} `, password: TEST_PASSWORD, role: 'recruiter', organisation: 'Acme Talent' })
      .expect(201);
    expect(created.body).toMatchObject({ email: email.toLowerCase(), role: 'recruiter', organisation: 'Acme Talent' });
    expect(created.body.passwordHash).toBeUndefined();
    const [row] = await app.get(DataSource).query(`SELECT password_hash FROM users WHERE id = $1`, [created.body.id]);
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(row.password_hash).not.toContain(TEST_PASSWORD);

    const login = await http().post('/api/v1/auth/login').send({ email, password: TEST_PASSWORD }).expect(200);
    expect(login.body).toMatchObject({ tokenType: 'Bearer', expiresIn: config.jwtTtlSeconds, accessToken: expect.any(String) });
    const [header] = login.body.accessToken.split('.');
    expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toMatchObject({ alg: 'HS256', typ: 'JWT' });
    const me = await http().get('/api/v1/me').set('Authorization', `Bearer ${login.body.accessToken}`).expect(200);
    expect(me.body).toMatchObject({ id: created.body.id, role: 'recruiter' });

    await http().post('/api/v1/auth/signup').send({ email, password: TEST_PASSWORD, role: 'candidate' }).expect(409);
    const wrong = await http().post('/api/v1/auth/login').send({ email, password: 'not the password' }).expect(401);
    const unknown = await http().post('/api/v1/auth/login').send({ email: uniqueEmail('nobody'), password: TEST_PASSWORD }).expect(401);
    expect(wrong.body.message).toBe(unknown.body.message);
  });

  it('rejects mass assignment: role admin, unknown fields, and organisation on the wrong role (400, field named)', async () => {
    const signUp = (body: object) => http().post('/api/v1/auth/signup').send({ email: uniqueEmail('mass'), password: TEST_PASSWORD, ...body });
    const admin = await signUp({ role: 'admin' }).expect(400);
    expect(admin.body.details).toEqual([{ field: 'role', message: 'must be one of: candidate, recruiter' }]);
    const extra = await signUp({ role: 'candidate', isAdmin: true, id: '4f1c2b9e-8a7d-4c3b-9e2f-1a2b3c4d5e6f' }).expect(400);
    expect(extra.body.details).toEqual(
      expect.arrayContaining([
        { field: 'isAdmin', message: 'is not an allowed field' },
        { field: 'id', message: 'is not an allowed field' },
      ]),
    );
    const recruiterWithout = await signUp({ role: 'recruiter' }).expect(400);
    expect(recruiterWithout.body.details[0].field).toBe('organisation');
    const candidateWith = await signUp({ role: 'candidate', organisation: 'Acme' }).expect(400);
    expect(candidateWith.body.details[0].field).toBe('organisation');
    const weak = await http().post('/api/v1/auth/signup').send({ email: 'not-an-email', password: 'short', role: 'candidate' }).expect(400);
    expect(weak.body.details.map((detail: { field: string }) => detail.field).sort()).toEqual(['email', 'password']);
    const [{ count }] = await app.get(DataSource).query(`SELECT count(*)::int AS count FROM users WHERE role = 'admin'`);
    expect(count).toBe(1);
  });

  it('refuses sign-in with 429 after 10 failures for one account, even with the right password', async () => {
    const target = await createAccount(app, 'candidate', 'guessed');
    const bystander = await createAccount(app, 'candidate', 'bystander');
    for (let attempt = 0; attempt < 10; attempt += 1) {
      await http().post('/api/v1/auth/login').send({ email: target.email, password: `guess ${attempt} of many` }).expect(401);
    }
    const refused = await http().post('/api/v1/auth/login').send({ email: target.email.toUpperCase(), password: TEST_PASSWORD }).expect(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
    await http().post('/api/v1/auth/login').send({ email: bystander.email, password: TEST_PASSWORD }).expect(200);
    await http().get('/api/v1/me').set(target.auth).expect(200);
  });

  it("counts failures per client address: a stranger's guesses do not lock the owner out", async () => {
    const target = await createAccount(app, 'candidate', 'targeted');
    const login = (forwardedFor: string, password: string) =>
      http().post('/api/v1/auth/login').set('X-Forwarded-For', forwardedFor).send({ email: target.email, password });
    for (let attempt = 0; attempt < 10; attempt += 1) {
      await login(`198.51.100.${attempt}, 203.0.113.7`, `guess ${attempt} of many`).expect(401);
    }
    // The proxy appends the real address last; what the client wrote before it changes nothing.
    await login('198.51.100.99, 203.0.113.7', TEST_PASSWORD).expect(429);
    await login('203.0.113.8', TEST_PASSWORD).expect(200);
  });

  it('creates the first admin from ADMIN_EMAIL / ADMIN_PASSWORD at start-up', async () => {
    const token = await logIn(app, ADMIN_EMAIL, ADMIN_PASSWORD);
    const me = await http().get('/api/v1/me').set('Authorization', `Bearer ${token}`).expect(200);
    expect(me.body).toMatchObject({ email: ADMIN_EMAIL.toLowerCase(), role: 'admin' });

    await expect(app.get(UsersService).ensureAdmin(ADMIN_EMAIL, 'another admin password')).resolves.toBe('exists');
    await logIn(app, ADMIN_EMAIL, ADMIN_PASSWORD);
    await expect(app.get(UsersService).ensureAdmin(candidate.email, 'a long admin password')).rejects.toThrow(/never promoted/);
    expect((await http().get('/api/v1/me').set(candidate.auth).expect(200)).body.role).toBe('candidate');
  });

  it('answers 401 without a token, and for alg none, a wrong signature, audience or issuer, and an expired token', async () => {
    const me = (token?: string) => {
      const call = http().get('/api/v1/me');
      return token === undefined ? call : call.set('Authorization', `Bearer ${token}`);
    };
    await me(forge({ alg: 'HS256', typ: 'JWT' }, validClaims(), config.jwtSecret)).expect(200);

    const missing = await me().expect(401);
    expect(missing.headers['www-authenticate']).toBe('Bearer');
    await http().get('/api/v1/me').set('Authorization', `Basic ${base64url('a:b')}`).expect(401);
    await me(forge({ alg: 'none', typ: 'JWT' }, validClaims(), null)).expect(401);
    await me(forge({ alg: 'HS256', typ: 'JWT' }, validClaims(), 'x'.repeat(48))).expect(401);
    await me(forge({ alg: 'HS512', typ: 'JWT' }, validClaims(), config.jwtSecret)).expect(401);
    await me(forge({ alg: 'HS256', typ: 'JWT' }, { ...validClaims(), aud: 'someone-else' }, config.jwtSecret)).expect(401);
    await me(forge({ alg: 'HS256', typ: 'JWT' }, { ...validClaims(), iss: 'someone-else' }, config.jwtSecret)).expect(401);
    await me(forge({ alg: 'HS256', typ: 'JWT' }, { ...validClaims(), iat: now() - 7200, exp: now() - 1 }, config.jwtSecret)).expect(401);
    const { exp: _exp, ...noExpiry } = validClaims();
    await me(forge({ alg: 'HS256', typ: 'JWT' }, noExpiry, config.jwtSecret)).expect(401);
    await me('not.a.jwt').expect(401);
  });

  it('takes the role from the account, not from the token', async () => {
    const promoted = forge({ alg: 'HS256', typ: 'JWT' }, { ...validClaims(), role: 'admin' }, config.jwtSecret);
    const me = await http().get('/api/v1/me').set('Authorization', `Bearer ${promoted}`).expect(200);
    expect(me.body.role).toBe('candidate');
    await http().get('/api/v1/audits').set('Authorization', `Bearer ${promoted}`).expect(200);
  });

  it('refuses a submission whose token claims a role its account does not have, and stores nothing', async () => {
    // POST /audits does not read the account before its INSERT (AccountCheckedByWrite): the INSERT checks it.
    const recruiter = await createAccount(app, 'recruiter');
    const claimsCandidate = forge({ alg: 'HS256', typ: 'JWT' }, { ...validClaims(), sub: recruiter.id, email: recruiter.email }, config.jwtSecret);
    const profile = { sources: [{ platform: 'linkedin', displayName: 'Rina Putri', headline: 'Data Analyst' }] };
    const refused = await http().post('/api/v1/audits').set('Authorization', `Bearer ${claimsCandidate}`).send(profile).expect(403);
    expect(refused.body.message).toBe('This route is for candidate accounts');
    const [{ count }] = await app.get(DataSource).query(`SELECT count(*)::int AS count FROM audits WHERE owner_id = $1`, [recruiter.id]);
    expect(count).toBe(0);
    await http().post('/api/v1/audits').set('Authorization', `Bearer ${claimsCandidate}`).set('Idempotency-Key', 'claimed-role').send(profile).expect(403);
  });

  it('documents every route with its auth in OpenAPI at /docs', async () => {
    const spec = await http().get('/docs-json').expect(200);
    const paths = Object.keys(spec.body.paths);
    for (const path of [
      '/api/v1/auth/signup',
      '/api/v1/auth/login',
      '/api/v1/audits/{id}/recruiter-view',
      '/api/v1/audits/{id}/shares',
      '/api/v1/shares/{id}',
      '/api/v1/recruiter/summaries',
      '/api/v1/recruiter/summaries/{auditId}',
      '/api/v1/audits/{id}/views',
      '/api/v1/me/export',
      '/api/v1/me',
    ]) {
      expect(paths).toContain(path);
    }
    expect(spec.body.paths['/api/v1/audits/{id}/shares'].post.security).toEqual([{ bearer: [] }]);
    expect(spec.body.paths['/api/v1/recruiter/summaries'].get.responses['403']).toBeDefined();
    expect(spec.body.paths['/api/v1/auth/login'].post.security).toBeUndefined();
  });
});
