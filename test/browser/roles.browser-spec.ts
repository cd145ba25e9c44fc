import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { Profile } from '../../src/analysis/types';
import { AUDIT_QUEUE } from '../../src/audits/audit-queue.contract';
import { createAccount, submitCompletedAudit, TEST_PASSWORD, type TestAccount } from '../e2e/support/auth';
import { waitFor } from '../e2e/support/test-app';
import { launchBrowser, newPerson, type Person, screenshot } from './support/browser';
import { startBrowserTestApp, type RunningApp } from './support/app';
import { signIn } from './support/forms';

const example = (name: string) => JSON.parse(readFileSync(resolve(__dirname, '../../docs/examples', name), 'utf8')) as Profile;

type Filters = Record<string, string>;

/** The address holds exactly these filters; and, when given, the count line and the items (in this order) are shown. */
async function showsSummaries(page: Page, filters: Filters, items?: string[], count?: string, anyOrder = false): Promise<void> {
  await page.waitForURL((url) => sameParams(url.searchParams, filters));
  if (count === undefined || items === undefined) return;
  await page.getByRole('status').filter({ hasText: new RegExp(`^${count}$`) }).waitFor();
  const shown = page.locator('.summary-item a');
  await waitFor(async () => {
    const texts = await shown.allTextContents();
    return JSON.stringify(anyOrder ? [...texts].sort() : texts) === JSON.stringify(items) ? true : undefined;
  }, 30_000, `the list to show ${JSON.stringify(items)}`);
}

/**
 * Changes a filter and waits for what it really changes: the page's request with exactly these
 * filters answered, then the list it renders. Waiting on the count alone passes on the previous
 * filter's list whenever both have the same count.
 */
async function filterBy(page: Page, change: () => Promise<unknown>, filters: Filters, items?: string[], count?: string): Promise<void> {
  const { sort: _sort, ...serverFilters } = filters;
  const answered = page.waitForResponse((response) => {
    const url = new URL(response.url());
    if (url.pathname !== '/api/v1/recruiter/summaries') return false;
    const sent = new URLSearchParams(url.searchParams);
    sent.delete('pageSize');
    return sameParams(sent, serverFilters);
  });
  await change();
  await answered;
  await showsSummaries(page, filters, items, count);
}

function sameParams(params: URLSearchParams, expected: Filters): boolean {
  const entries = [...params.entries()].sort();
  return JSON.stringify(entries) === JSON.stringify(Object.entries(expected).sort());
}

describe('Recruiter filters and admin controls in a real browser (real AppModule, Postgres, Redis, workers)', () => {
  let running: RunningApp;
  let browser: Browser;
  let recruiter: TestAccount;
  let admin: TestAccount;

  beforeAll(async () => {
    [running, browser] = await Promise.all([startBrowserTestApp(), launchBrowser()]);
    [recruiter, admin] = await Promise.all([createAccount(running.app, 'recruiter'), createAccount(running.app, 'admin')]);
  });

  afterAll(async () => {
    await browser?.close();
    await running?.stop();
  });

  const api = () => request(running.app.getHttpServer());
  const sql = (query: string, params: unknown[] = []) => running.app.get(DataSource).query(query, params);

  it('lets a recruiter filter shared summaries by score, flag category and severity, and sort them', async () => {
    const strongCandidate = await createAccount(running.app, 'candidate', 'strong');
    const riskyCandidate = await createAccount(running.app, 'candidate', 'risky');
    const [strong, risky] = await Promise.all([
      submitCompletedAudit(running.app, strongCandidate, example('strong-en.json')),
      submitCompletedAudit(running.app, riskyCandidate, example('risky-id.json')),
    ]);
    await api().post(`/api/v1/audits/${strong.id}/shares`).set(strongCandidate.auth).send({ recruiterEmail: recruiter.email }).expect(201);
    await api().post(`/api/v1/audits/${risky.id}/shares`).set(riskyCandidate.auth).send({ recruiterEmail: recruiter.email }).expect(201);

    const { page, problems } = await newPerson(browser, running.baseURL);
    await signIn(page, recruiter.email, TEST_PASSWORD);
    await page.waitForURL('**/recruiter');
    const strongItem = `Summary from ${strongCandidate.email}`;
    const riskyItem = `Summary from ${riskyCandidate.email}`;
    await showsSummaries(page, {}, [strongItem, riskyItem].sort(), '2 summaries', true);

    await page.getByLabel('Sort by').selectOption('scoreLow');
    await showsSummaries(page, { sort: 'scoreLow' }, [riskyItem, strongItem], '2 summaries');
    await page.getByLabel('Sort by').selectOption('scoreHigh');
    await showsSummaries(page, { sort: 'scoreHigh' }, [strongItem, riskyItem], '2 summaries');

    await filterBy(page, () => page.getByLabel('Lowest score').fill('60'), { sort: 'scoreHigh', minScore: '60' }, [strongItem], '1 summary');
    await filterBy(page, () => page.getByLabel('Lowest score').fill(''), { sort: 'scoreHigh' }, [strongItem, riskyItem], '2 summaries');
    await filterBy(page, () => page.getByLabel('Has a flag of type').selectOption('gambling'), { sort: 'scoreHigh', flagCategory: 'gambling' }, [riskyItem], '1 summary');
    await filterBy(page, () => page.getByLabel('Has a flag of severity').selectOption('critical'), { sort: 'scoreHigh', flagCategory: 'gambling', flagSeverity: 'critical' }, [riskyItem], '1 summary');
    await filterBy(page, () => page.getByLabel('Has a flag of type').selectOption('hate'), { sort: 'scoreHigh', flagCategory: 'hate', flagSeverity: 'critical' }, [], '0 summaries');
    // The filters live in the address, so a reload or a shared URL keeps them.
    await page.reload();
    await expect(page.getByLabel('Has a flag of type').inputValue()).resolves.toBe('hate');
    await showsSummaries(page, { sort: 'scoreHigh', flagCategory: 'hate', flagSeverity: 'critical' }, [], '0 summaries');
    expect(problems).toEqual([]);
  });

  it('keeps both of two filter changes made before the page renders the first (a quick hand, autofill)', async () => {
    const { page, problems } = await newPerson(browser, running.baseURL);
    await signIn(page, recruiter.email, TEST_PASSWORD);
    await page.waitForURL('**/recruiter');
    // Answered for this filter: the page has rendered it, so its next change starts from it.
    await filterBy(page, () => page.getByLabel('Lowest score').fill('60'), { minScore: '60' });
    // Both changes in one task: the page cannot render between them, as under a busy CPU.
    await page.evaluate(`(() => {
      const label = [...document.querySelectorAll('label')].find((candidate) => candidate.textContent === 'Lowest score');
      const score = document.getElementById(label.htmlFor);
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(score, '');
      score.dispatchEvent(new Event('input', { bubbles: true }));
      const category = document.getElementById('filter-category');
      category.value = 'gambling';
      category.dispatchEvent(new Event('change', { bubbles: true }));
    })()`);
    await page.waitForURL((url) => url.searchParams.get('flagCategory') === 'gambling');
    expect(new URL(page.url()).searchParams.get('minScore')).toBeNull();
    await showsSummaries(page, { flagCategory: 'gambling' });
    await expect(page.getByLabel('Lowest score').inputValue()).resolves.toBe('');
    expect(problems).toEqual([]);
  });

  it('lets an admin retry a failed audit and pause and resume the queue, and shows the batch submissions', async () => {
    const candidate = await createAccount(running.app, 'candidate', 'unlucky');
    const batch = { items: [{ profile: example('strong-en.json') }, { profile: example('inconsistent-mixed.json') }] };
    await api().post('/api/v1/audits/batch').set(candidate.auth).send(batch).expect(207);
    const queueApi = (action: string) => api().post(`/api/v1/admin/queues/${AUDIT_QUEUE}/${action}`).set(admin.auth).expect(200);
    // A fault, as the admin e2e test makes one: the profile is gone when the worker reads it.
    await queueApi('pause');
    const submitted = await api().post('/api/v1/audits').set(candidate.auth).send(example('strong-en.json')).expect(202);
    const [{ profile }] = await sql('SELECT profile FROM audits WHERE id = $1', [submitted.body.id]);
    await sql('UPDATE audits SET profile = NULL WHERE id = $1', [submitted.body.id]);
    await queueApi('resume');
    await waitFor(async () => {
      const [{ status }] = await sql('SELECT status FROM audits WHERE id = $1', [submitted.body.id]);
      return status === 'failed' ? status : undefined;
    }, 20_000, 'the audit to fail');
    await sql('UPDATE audits SET profile = $2 WHERE id = $1', [submitted.body.id, JSON.stringify(profile)]);

    const { page, problems } = await newPerson(browser, running.baseURL);
    await signIn(page, admin.email, TEST_PASSWORD);
    await page.waitForURL('**/admin');
    await page.getByRole('heading', { name: `Queue “${AUDIT_QUEUE}”` }).waitFor();
    const row = page.getByRole('row', { name: new RegExp(submitted.body.id.slice(0, 8)) });
    await row.getByText(/purged/).waitFor();
    // The one batch of this test file, with its two audits, last hour and all time, as the stats API counts it.
    const batches = page.locator('section.batches');
    await batches.getByRole('row', { name: 'Last hour 1 2', exact: true }).waitFor();
    await batches.getByRole('row', { name: 'All time 1 2', exact: true }).waitFor();
    const stats = await api().get('/api/v1/admin/queues').set(admin.auth).expect(200);
    expect(stats.body.batches).toEqual({ lastHour: { batches: 1, audits: 2 }, total: { batches: 1, audits: 2 } });
    await screenshot(page, 'admin');
    await screenshot(page, 'admin-full', { fullPage: true });
    await row.getByRole('button', { name: `Retry audit ${submitted.body.id.slice(0, 8)}` }).click();
    await waitFor(async () => {
      const [{ status }] = await sql('SELECT status FROM audits WHERE id = $1', [submitted.body.id]);
      return status === 'completed' ? status : undefined;
    }, 20_000, 'the retried audit to complete');
    await row.waitFor({ state: 'detached' });

    const card = page.locator('section.queue', { has: page.getByRole('heading', { name: `Queue “${AUDIT_QUEUE}”` }) });
    await card.getByRole('button', { name: `Pause “${AUDIT_QUEUE}”` }).click();
    await card.getByText('Paused', { exact: true }).waitFor();
    await expect(api().get(`/api/v1/admin/queues/${AUDIT_QUEUE}`).set(admin.auth).then((response) => response.body.isPaused)).resolves.toBe(true);
    await card.getByRole('button', { name: `Resume “${AUDIT_QUEUE}”` }).click();
    await card.getByText('Running', { exact: true }).waitFor();
    await expect(api().get(`/api/v1/admin/queues/${AUDIT_QUEUE}`).set(admin.auth).then((response) => response.body.isPaused)).resolves.toBe(false);
    expect(problems).toEqual([]);
    // Signed in to the app is signed in to the board: no second sign-in form.
    await page.getByRole('link', { name: 'Open the Bull Board' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/admin/queues'));
    await page.getByText(AUDIT_QUEUE, { exact: true }).first().waitFor();
  });
});
