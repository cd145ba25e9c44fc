import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import type { Profile } from '../../src/analysis/types';
import { TEST_PASSWORD, uniqueEmail } from '../e2e/support/auth';
import { startBrowserTestApp, type RunningApp } from './support/app';
import { launchBrowser, newPerson, type Person, screenshot } from './support/browser';
import { signUp } from './support/forms';
import { seriousViolations, settle, sidewaysOverflow } from './support/page-checks';

const X_ARCHIVE = resolve(__dirname, '../../docs/examples/imports/x-archive.zip');

describe('Import from a file in a real browser (real AppModule, Postgres, Redis, workers)', () => {
  let running: RunningApp;
  let browser: Browser;
  let candidate: Person;

  beforeAll(async () => {
    [running, browser] = await Promise.all([startBrowserTestApp(), launchBrowser()]);
    candidate = await newPerson(browser, running.baseURL);
    await signUp(candidate.page, 'candidate', uniqueEmail('bayu'), TEST_PASSWORD);
  });

  afterAll(async () => {
    await browser?.close();
    await running?.stop();
  });

  it('reads an X archive into a preview, leaves a post out, adds the rest as a card, edits a post and starts the audit', async () => {
    const { page } = candidate;
    await page.goto('/audits/new');
    await settle(page);
    await page.getByLabel('Export file').setInputFiles(X_ARCHIVE);
    await page.getByRole('button', { name: 'Read the file' }).click();
    const preview = page.getByRole('region', { name: 'What Citra found in your X (Twitter) download' });
    await preview.getByText('6 of 8 posts kept.').waitFor();
    await preview.getByText("1 repost left out: those are other people's words.").waitFor();
    await preview.getByText('1 reply to another account left out').waitFor();
    await preview.getByText('The 4 files Citra opened (nothing else was read)').click();
    await preview.getByText('data/tweets-part1.js').waitFor();
    await expect(preview.getByText(/PRIVATE-7f3a/).count()).resolves.toBe(0);
    await expect(seriousViolations(page)).resolves.toEqual([]);
    await screenshot(page, 'import-preview', { fullPage: true });

    await preview.getByLabel(/^Tips dbt buat pemula/).uncheck();
    await preview.getByRole('button', { name: 'Add to the form with 5 posts' }).click();
    await page.getByText('Added as card 1 below').waitFor();
    const card = page.locator('section.source-card').first();
    await expect(page.locator('section.source-card').count()).resolves.toBe(1);
    await expect(card.getByLabel('Platform', { exact: true }).inputValue()).resolves.toBe('x');
    await expect(card.getByLabel('Handle or username').inputValue()).resolves.toBe('bayusantoso');
    await expect(card.locator('.post-editor').count()).resolves.toBe(5);
    await card.getByLabel('Post 1', { exact: true }).fill('Part 2: the same partitioning trick works for incremental dbt models too.');

    await page.getByRole('button', { name: 'Start the audit' }).click();
    await page.waitForURL(/\/audits\/[0-9a-f-]{36}$/);
    const auditId = page.url().split('/').pop()!;
    await page.getByRole('heading', { name: /Overall score \d+ of 100/ }).waitFor({ timeout: 30_000 });
    const profile = (await (await page.request.get(`/api/v1/audits/${auditId}/profile`)).json()) as Profile;
    const posts = profile.sources[0]!.posts!.map((post) => post.text);
    expect(posts).toHaveLength(5);
    expect(posts[0]).toBe('Part 2: the same partitioning trick works for incremental dbt models too.');
    expect(posts.some((text) => text.startsWith('Tips dbt buat pemula'))).toBe(false);
    expect(candidate.problems).toEqual([]);
  });

  it('says why a file is refused, in the page language, with the reason the server gave', async () => {
    const { page } = candidate;
    await page.goto('/audits/new');
    await settle(page);
    await page.getByRole('button', { name: 'Bahasa Indonesia', exact: true }).click();
    await page.getByText('Impor dari berkas').waitFor();
    await page.getByLabel('Berkas ekspor').setInputFiles({ name: 'Profile.pdf', mimeType: 'application/pdf', buffer: readFileSync(X_ARCHIVE) });
    await page.getByRole('button', { name: 'Baca berkas' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Citra tidak bisa membaca jenis berkas ini' });
    await alert.getByText('Profile.pdf is not what its name says').waitFor();
    await expect(seriousViolations(page)).resolves.toEqual([]);
  });

  it('fits a 375 px phone with a preview open', async () => {
    const phone = await newPerson(browser, running.baseURL, { width: 375 });
    await signUp(phone.page, 'candidate', uniqueEmail('phone'), TEST_PASSWORD);
    await phone.page.goto('/audits/new');
    await settle(phone.page);
    await phone.page.getByLabel('Export file').setInputFiles(X_ARCHIVE);
    await phone.page.getByRole('button', { name: 'Read the file' }).click();
    await phone.page.getByText('6 of 8 posts kept.').waitFor();
    await expect(sidewaysOverflow(phone.page)).resolves.toEqual([]);
    await screenshot(phone.page, 'import-preview-phone', { fullPage: true });
    expect(phone.problems).toEqual([]);
    await phone.context.close();
  });
});
