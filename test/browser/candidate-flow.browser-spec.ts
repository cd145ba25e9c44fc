import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import request from 'supertest';
import type { Profile } from '../../src/analysis/types';
import { AUDIT_QUEUE } from '../../src/audits/audit-queue.contract';
import { createAccount, TEST_PASSWORD, uniqueEmail, type TestAccount } from '../e2e/support/auth';
import { launchBrowser, newPerson, type Person, screenshot } from './support/browser';
import { startBrowserTestApp, type RunningApp } from './support/app';
import { fillAuditForm, signIn, signUp } from './support/forms';

const example = (name: string) => JSON.parse(readFileSync(resolve(__dirname, '../../docs/examples', name), 'utf8')) as Profile;

describe('Candidate, recruiter and share link in a real browser (real AppModule, Postgres, Redis, workers)', () => {
  let running: RunningApp;
  let browser: Browser;
  let admin: TestAccount;
  let candidate: Person;
  let recruiter: Person;
  const candidateEmail = uniqueEmail('rina');
  const recruiterEmail = uniqueEmail('hr');
  let riskyAuditId: string;
  let shareLink: string;

  beforeAll(async () => {
    [running, browser] = await Promise.all([startBrowserTestApp(), launchBrowser()]);
    admin = await createAccount(running.app, 'admin');
    candidate = await newPerson(browser, running.baseURL);
    recruiter = await newPerson(browser, running.baseURL);
  });

  afterAll(async () => {
    await browser?.close();
    await running?.stop();
  });

  const api = () => request(running.app.getHttpServer());
  const queue = (action: 'pause' | 'resume') => api().post(`/api/v1/admin/queues/${AUDIT_QUEUE}/${action}`).set(admin.auth).expect(200);

  it('signs up a candidate and a recruiter through the pages', async () => {
    await signUp(candidate.page, 'candidate', candidateEmail, TEST_PASSWORD);
    await signUp(recruiter.page, 'recruiter', recruiterEmail, TEST_PASSWORD);
    const cookies = await candidate.context.cookies();
    const session = cookies.find((cookie) => cookie.name === 'citra_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    // Nothing secret in the page's storage: only the language choice and drafts may live there.
    const stored = await candidate.page.evaluate<string>('JSON.stringify({ ...localStorage })');
    expect(stored).not.toContain(session!.value);
  });

  it('keeps an unfinished draft across a reload, then submits the strong example and watches it complete live', async () => {
    const { page } = candidate;
    await page.goto('/audits/new');
    await fillAuditForm(page, example('strong-en.json'));
    await page.reload();
    await page.locator('section.source-card').first().waitFor();
    await expect(page.getByLabel('Headline or bio line').first().inputValue()).resolves.toBe(example('strong-en.json').sources[0]!.headline);
    await expect(page.locator('section.source-card').count()).resolves.toBe(3);

    await queue('pause');
    await page.getByRole('button', { name: 'Start the audit' }).click();
    await page.waitForURL(/\/audits\/[0-9a-f-]{36}$/);
    await page.getByText('Waiting for a worker').waitFor();
    await page.getByText('This page updates by itself as the audit runs.').waitFor();
    await screenshot(page, 'audit-live-status');
    await queue('resume');
    // No reload: the server-sent event brings the report in.
    await page.getByRole('heading', { name: /Overall score \d+ of 100/ }).waitFor({ timeout: 30_000 });
    expect(candidate.problems).toEqual([]);
  });

  it('opens a flag of the risky example and shows the exact evidence span in the candidate’s own text', async () => {
    const { page } = candidate;
    await page.goto('/audits/new');
    await page.locator('section.source-card').first().waitFor();
    // Submitting cleared the saved draft: the form starts over with one empty card.
    await expect(page.locator('section.source-card').count()).resolves.toBe(1);
    await expect(page.getByLabel('Handle or username').inputValue()).resolves.toBe('');
    await fillAuditForm(page, example('risky-id.json'));
    await page.getByRole('button', { name: 'Start the audit' }).click();
    await page.waitForURL(/\/audits\/[0-9a-f-]{36}$/);
    riskyAuditId = page.url().split('/').pop()!;
    await page.getByRole('heading', { name: /Overall score/ }).waitFor({ timeout: 30_000 });

    const audit = (await (await page.request.get(`/api/v1/audits/${riskyAuditId}`)).json()) as { report: { flags: { id: string; message: string; evidence: { source: number; field: string; start: number; end: number }[] }[] } };
    const profile = (await (await page.request.get(`/api/v1/audits/${riskyAuditId}/profile`)).json()) as Profile;
    const flag = audit.report.flags.find((candidateFlag) => candidateFlag.evidence[0]!.field.startsWith('posts['))!;
    const evidence = flag.evidence[0]!;
    const postText = profile.sources[evidence.source]!.posts![Number(/\d+/.exec(evidence.field)![0])]!.text;

    await page.getByRole('button', { name: flag.message }).click();
    const shown = page.locator(`#flag-${flag.id} .evidence`).first();
    await expect(shown.locator('mark').textContent()).resolves.toBe(postText.slice(evidence.start, evidence.end));
    await expect(shown.locator('blockquote').textContent()).resolves.toBe(postText);
    await shown.scrollIntoViewIfNeeded();
    await screenshot(page, 'report-flag-evidence');
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'report-print', { fullPage: true });
    await expect(page.getByRole('navigation').isVisible()).resolves.toBe(false);
    await page.emulateMedia({ media: 'screen' });

    await page.locator(`#flag-${flag.id}`).getByLabel('Your comment for recruiters (optional)').fill('An old post from my student days; deleted since.');
    await page.locator(`#flag-${flag.id}`).getByRole('button', { name: 'Save comment' }).click();
    await page.getByText('Comment saved: recruiters see it beside this flag.').waitFor();
    // "What a recruiter sees" follows the comment.
    await page.locator('.recruiter-preview').getByText('An old post from my student days; deleted since.').waitFor();
  });

  it('shares with the recruiter, who signs in and reads the summary with the comment', async () => {
    const { page } = candidate;
    await page.getByLabel('Recruiter’s email').fill(recruiterEmail);
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    await page.getByText(`Shared with ${recruiterEmail}.`).waitFor();
    await page.getByRole('cell', { name: `${recruiterEmail} (Acme Talent)` }).waitFor();

    await recruiter.page.goto('/recruiter');
    await recruiter.page.getByRole('link', { name: `Summary from ${candidateEmail}` }).click();
    await recruiter.page.getByText('An old post from my student days; deleted since.').waitFor();
    await screenshot(recruiter.page, 'recruiter-summary');
  });

  it('shares a link that opens without an account, until it is revoked', async () => {
    const { page } = candidate;
    await page.getByRole('button', { name: 'Create link' }).click();
    shareLink = (await page.getByTestId('share-link').textContent())!;
    expect(shareLink).toMatch(new RegExp(`^${running.baseURL}/s/[A-Za-z0-9_-]+$`));

    const stranger = await newPerson(browser, running.baseURL);
    await stranger.page.goto(shareLink);
    await stranger.page.getByRole('heading', { name: 'Recruiter summary' }).waitFor();
    await stranger.page.getByText('An old post from my student days; deleted since.').waitFor();
    await screenshot(stranger.page, 'shared-link');

    await page.getByRole('button', { name: 'Revoke the share with Link' }).click();
    await page.getByRole('button', { name: `Revoke the share with ${recruiterEmail}` }).click();
    await page.getByRole('cell', { name: 'Revoked' }).nth(1).waitFor();
    await page.getByRole('cell', { name: 'Active', exact: true }).first().waitFor({ state: 'detached' });

    await stranger.page.reload();
    await stranger.page.getByText('This link no longer works').waitFor();
    await recruiter.page.reload();
    await recruiter.page.getByText('No longer shared with you').waitFor();
    await recruiter.page.goto('/recruiter');
    await recruiter.page.getByText('No summary matches.', { exact: false }).waitFor();
    await stranger.context.close();
  });

  it('refuses a cross-origin form post that carries the candidate’s cookie (CSRF)', async () => {
    const before = (await (await candidate.page.request.get(`/api/v1/audits/${riskyAuditId}/shares`)).json()) as unknown[];
    const target = `${running.baseURL}/api/v1/audits/${riskyAuditId}/shares`;
    // Another origin on the same host (another port): the same site, so a SameSite=Lax cookie goes along.
    const evil: Server = createServer((_, response) => {
      response.setHeader('Content-Type', 'text/html');
      response.end(`<!doctype html><form id="f" method="post" action="${target}"><input name="link" value="true"></form><script>document.getElementById('f').submit()</script>`);
    });
    await new Promise<void>((resolveListen) => evil.listen(0, '127.0.0.1', resolveListen));
    try {
      const evilUrl = `http://127.0.0.1:${(evil.address() as AddressInfo).port}/`;
      const answer = candidate.page.waitForResponse((response) => response.url() === target && response.request().method() === 'POST');
      await candidate.page.goto(evilUrl);
      const response = await answer;
      expect(response.status()).toBe(403);
      expect(response.request().headers()['cookie'] ?? (await response.request().allHeaders())['cookie']).toContain('citra_session=');
    } finally {
      await new Promise((resolveClose) => evil.close(resolveClose));
    }
    const after = (await (await candidate.page.request.get(`/api/v1/audits/${riskyAuditId}/shares`)).json()) as unknown[];
    expect(after).toHaveLength(before.length);
  });

  it('signs out on the server: the old cookie no longer opens anything', async () => {
    const cookie = (await candidate.context.cookies()).find((entry) => entry.name === 'citra_session')!;
    await candidate.page.goto('/audits');
    await candidate.page.getByRole('button', { name: 'Sign out' }).click();
    await candidate.page.waitForURL('**/signin');
    await api().get('/api/v1/me').set('Cookie', `citra_session=${cookie.value}`).expect(401);
    expect(candidate.problems).toEqual([]);
    expect(recruiter.problems).toEqual([]);
  });

  it('deletes an audit from the history, then erases the account after saying what goes', async () => {
    const { page } = candidate;
    await signIn(page, candidateEmail, TEST_PASSWORD);
    await page.goto('/audits');
    const rows = page.locator('tbody tr');
    await rows.nth(1).waitFor();
    await expect(rows.count()).resolves.toBe(2);
    await rows.first().getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete for good' }).click();
    await rows.nth(1).waitFor({ state: 'detached' });
    await expect(rows.count()).resolves.toBe(1);

    await page.goto('/account');
    const erase = page.getByRole('button', { name: 'Delete my account' });
    await expect(erase.isDisabled()).resolves.toBe(true);
    await page.getByLabel('Your email address').fill(candidateEmail);
    await erase.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('every share and link: recruiters lose access immediately').waitFor();
    const erased = page.waitForResponse((response) => response.url().endsWith('/api/v1/me') && response.request().method() === 'DELETE');
    await dialog.getByRole('button', { name: 'Yes, delete everything' }).click();
    expect((await erased).status()).toBe(204);
    await page.getByRole('heading', { name: 'Your account is deleted' }).waitFor();
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    await api().post('/api/v1/auth/login').send({ email: candidateEmail, password: TEST_PASSWORD }).expect(401);
    expect(candidate.problems).toEqual([]);
  });
});
