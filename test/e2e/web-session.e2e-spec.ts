import type { INestApplication } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { get, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import request from 'supertest';
import { createAccount, TEST_PASSWORD, type TestAccount } from './support/auth';
import { createTestEnvironment, startTestApp, type TestEnvironment } from './support/test-app';

const strongEn = JSON.parse(readFileSync(resolve(__dirname, '../../docs/examples/strong-en.json'), 'utf8'));

interface BrowserSession {
  cookie: string;
  csrfToken: string;
  setCookie: string;
}

describe('Web app sessions, CSRF defence, live status and page serving (real AppModule)', () => {
  let env: TestEnvironment;
  let app: INestApplication;
  let candidate: TestAccount;
  let other: TestAccount;
  let origin: string;

  beforeAll(async () => {
    env = await createTestEnvironment();
    app = await startTestApp({ workers: true });
    await app.listen(0, '127.0.0.1');
    origin = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    [candidate, other] = await Promise.all([createAccount(app, 'candidate'), createAccount(app, 'candidate', 'other')]);
  });

  afterAll(async () => {
    await app?.close();
    await env?.destroy();
  });

  const http = () => request(app.getHttpServer());

  async function signIn(account: TestAccount): Promise<BrowserSession> {
    const response = await http().post('/api/v1/auth/session').send({ email: account.email, password: TEST_PASSWORD }).expect(200);
    const setCookie = ([] as string[]).concat(response.headers['set-cookie'] ?? [])[0] ?? '';
    return { cookie: setCookie.split(';')[0]!, csrfToken: response.body.csrfToken, setCookie };
  }

  it('signs a browser in with an httpOnly, SameSite=Lax cookie and no token in the body', async () => {
    const session = await signIn(candidate);
    expect(session.setCookie).toMatch(/^citra_session=[A-Za-z0-9_-]{43};/);
    expect(session.setCookie).toMatch(/HttpOnly/i);
    expect(session.setCookie).toMatch(/SameSite=Lax/i);
    expect(session.setCookie).not.toMatch(/Secure/i);
    const current = await http().get('/api/v1/auth/session').set('Cookie', session.cookie).expect(200);
    expect(current.body.account).toMatchObject({ email: candidate.email, role: 'candidate' });
    expect(current.body.csrfToken).toBe(session.csrfToken);
    expect(JSON.stringify(current.body)).not.toContain(session.cookie.split('=')[1]);
    await http().get('/api/v1/me').set('Cookie', session.cookie).expect(200);
  });

  it('refuses a wrong password as the token sign-in does', async () => {
    const response = await http().post('/api/v1/auth/session').send({ email: candidate.email, password: 'wrong password here' }).expect(401);
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('needs the CSRF token on state-changing cookie requests, and refuses other origins even with it', async () => {
    const session = await signIn(candidate);
    await http().post('/api/v1/audits').set('Cookie', session.cookie).send(strongEn).expect(403);
    await http().post('/api/v1/audits').set('Cookie', session.cookie).set('X-CSRF-Token', 'x'.repeat(43)).send(strongEn).expect(403);
    const crossPort = await http()
      .post('/api/v1/audits')
      .set({ Cookie: session.cookie, 'X-CSRF-Token': session.csrfToken, Origin: 'http://127.0.0.1:1' })
      .send(strongEn)
      .expect(403);
    expect(crossPort.body.message).toMatch(/Cross-origin/);
    // A cross-site form post: urlencoded, the cookie goes along, no custom header can be added.
    await http()
      .post('/api/v1/auth/session')
      .set({ Cookie: session.cookie, Origin: 'http://evil.example' })
      .type('form')
      .send({ email: candidate.email, password: TEST_PASSWORD })
      .expect(403);
    const accepted = await http()
      .post('/api/v1/audits')
      .set({ Cookie: session.cookie, 'X-CSRF-Token': session.csrfToken, Origin: origin })
      .send(strongEn)
      .expect(202);
    expect(accepted.body.status).toBe('queued');
  });

  it('keeps bearer tokens working without CSRF tokens (not ambient credentials)', async () => {
    await http().get('/api/v1/me').set(candidate.auth).expect(200);
    await http().post('/api/v1/audits').set(candidate.auth).send(strongEn).expect(202);
  });

  it('ends the session on the server at sign-out: the same cookie replayed is refused', async () => {
    const session = await signIn(candidate);
    const out = await http().delete('/api/v1/auth/session').set('Cookie', session.cookie).expect(204);
    expect(String(out.headers['set-cookie'])).toMatch(/citra_session=;/);
    await http().get('/api/v1/me').set('Cookie', session.cookie).expect(401);
    await http().get('/api/v1/auth/session').set('Cookie', session.cookie).expect(401);
  });

  it('streams the owner’s audit status until it completes; 404 for anyone else', async () => {
    const session = await signIn(candidate);
    const submitted = await http().post('/api/v1/audits').set(candidate.auth).send(strongEn).expect(202);
    const stream = await readEvents(`${origin}/api/v1/audits/${submitted.body.id}/events`, session.cookie);
    expect(stream.contentType).toMatch(/^text\/event-stream/);
    const statuses = stream.events.map((event) => JSON.parse(event.data).status as string);
    expect(statuses.at(-1)).toBe('completed');
    expect(new Set(statuses).size).toBe(statuses.length);
    expect(stream.events.every((event) => event.event === 'status')).toBe(true);
    const stranger = await signIn(other);
    await http().get(`/api/v1/audits/${submitted.body.id}/events`).set('Cookie', stranger.cookie).expect(404);
    await http().get(`/api/v1/audits/${submitted.body.id}/profile`).set('Cookie', stranger.cookie).expect(404);
    const profile = await http().get(`/api/v1/audits/${submitted.body.id}/profile`).set('Cookie', session.cookie).expect(200);
    expect(profile.body.sources[0].headline).toBe(strongEn.sources[0].headline);
  });

  it('opens the Bull Board to an admin signed in to the web app, with state changes from this origin only', async () => {
    const admin = await createAccount(app, 'admin');
    const adminSession = await signIn(admin);
    const board = await http().get('/admin/queues').set({ Cookie: adminSession.cookie, Accept: 'text/html' }).expect(200);
    expect(board.text).toMatch(/Citra queues|bull/i);
    await http().get('/admin/queues/api/queues').set('Cookie', adminSession.cookie).expect(200);
    await http().put('/admin/queues/api/queues/audits/pause').set({ Cookie: adminSession.cookie, Origin: 'http://127.0.0.1:1' }).expect(401);
    const candidateSession = await signIn(candidate);
    await http().get('/admin/queues/api/queues').set('Cookie', candidateSession.cookie).expect(403);
  });

  it('serves the web app’s pages with a self-only CSP, and leaves /api, /docs and the dashboard alone', async () => {
    const page = await http().get('/audits/new').set('Accept', 'text/html');
    expect([200, 503]).toContain(page.status);
    expect(page.headers['content-security-policy']).toMatch(/default-src 'self'; script-src 'self'/);
    const missing = await http().get('/api/v1/no-such-route').set('Accept', 'text/html').expect(404);
    expect(missing.body).toMatchObject({ statusCode: 404 });
    const docs = await http().get('/docs').set('Accept', 'text/html').expect(200);
    expect(docs.text).toMatch(/swagger/i);
    expect(docs.headers['content-security-policy']).toBeUndefined();
    await http().get('/admin/queues').set('Accept', 'text/html').expect(303);
  });
});

interface ServerSentEvent {
  event: string;
  data: string;
}

/** Reads a text/event-stream until the server closes it (or 20 s pass). */
function readEvents(url: string, cookie: string): Promise<{ contentType: string; events: ServerSentEvent[] }> {
  return new Promise((resolveEvents, reject) => {
    const requestHandle = get(url, { headers: { Cookie: cookie, Accept: 'text/event-stream' } }, (response: IncomingMessage) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => {
        clearTimeout(timer);
        const events = body
          .split('\n\n')
          .filter((block) => block.includes('data:'))
          .map((block) => {
            const lines = block.split('\n');
            const field = (name: string) => lines.filter((line) => line.startsWith(`${name}:`)).map((line) => line.slice(name.length + 1).trim()).join('\n');
            return { event: field('event'), data: field('data') };
          });
        resolveEvents({ contentType: String(response.headers['content-type']), events });
      });
    });
    const timer = setTimeout(() => {
      requestHandle.destroy();
      reject(new Error('the event stream did not end within 20 s'));
    }, 20_000);
    requestHandle.on('error', reject);
  });
}
