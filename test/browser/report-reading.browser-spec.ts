import type { Browser, Page } from 'playwright-core';
import request from 'supertest';
import type { Profile, Report } from '../../src/analysis/types';
import { createAccount, submitCompletedAudit, TEST_PASSWORD, type TestAccount } from '../e2e/support/auth';
import { launchBrowser, newPerson, screenshot } from './support/browser';
import { startBrowserTestApp, type RunningApp } from './support/app';
import { signIn } from './support/forms';
import { settle } from './support/page-checks';

/** A reporter on two platforms, both headlines naming the work, with dated posts. */
const REPORTER: Profile = {
  sources: [
    {
      platform: 'linkedin',
      headline: 'Investigative journalist covering courts and public money',
      about: 'I report on procurement and the courts for a regional daily. Editor of the weekly data desk.',
      posts: [
        { text: 'Our story on the road tender is out today: three companies, one owner.', postedAt: '2026-10-02' },
        { text: 'Thanks to everyone who came to the data-journalism workshop in Bandung.', postedAt: '2026-09-14' },
      ],
    },
    { platform: 'x', handle: 'dewi_reports', headline: 'Jurnalis investigasi. Pengadilan, anggaran, data.' },
  ],
};

/** No role named anywhere. */
const NO_ROLE: Profile = {
  sources: [{ platform: 'linkedin', headline: 'Curious about many things', about: 'I like long walks and good coffee.' }],
};

const readingCard = (page: Page) => page.locator('section.reading');

describe('The report says what the engine read and measured against; recruiters do not see it (real app and browser)', () => {
  let running: RunningApp;
  let browser: Browser;
  let candidate: TestAccount;
  let recruiter: TestAccount;

  beforeAll(async () => {
    [running, browser] = await Promise.all([startBrowserTestApp(), launchBrowser()]);
    [candidate, recruiter] = await Promise.all([createAccount(running.app, 'candidate'), createAccount(running.app, 'recruiter')]);
  });

  afterAll(async () => {
    await browser?.close();
    await running?.stop();
  });

  const api = () => request(running.app.getHttpServer());

  it('shows "Read as" with the role, its field, the words it was read from and the reference date, in English and Indonesian', async () => {
    const audit = (await submitCompletedAudit(running.app, candidate, REPORTER)) as { id: string; report: Report };
    const { reading, referenceDate } = audit.report;
    expect(reading.role).toBe('journalist');
    expect(referenceDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const { page, problems } = await newPerson(browser, running.baseURL);
    await signIn(page, candidate.email, TEST_PASSWORD);
    await page.goto(`/audits/${audit.id}`);
    await settle(page);

    const card = readingCard(page);
    await card.getByText('Read as: Journalist').waitFor();
    await card.getByText('Field: law and journalism').waitFor();
    await card.getByText('Where the role was read (2 places)').waitFor();
    // Each mark is the span the offsets point at in the text the candidate submitted.
    const headlines = REPORTER.sources.map((source) => source.headline!);
    const expected = reading.evidence.map((evidence) => headlines[evidence.source]!.slice(evidence.start, evidence.end));
    await expect(card.locator('.reading-evidence mark').allTextContents()).resolves.toEqual(expected);
    expect(expected).toEqual([expect.stringMatching(/journalist/i), expect.stringMatching(/jurnalis/i)]);
    await card.getByText('LinkedIn, headline').waitFor();
    const day = (language: string) => new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${referenceDate}T00:00:00Z`));
    await card.getByText(`Activity measured against ${day('en')}`).waitFor();
    await screenshot(page, 'report-reading');

    await page.getByRole('button', { name: 'Bahasa Indonesia', exact: true }).click();
    await card.getByText('Dibaca sebagai: Jurnalis').waitFor();
    await card.getByText(`Aktivitas diukur terhadap ${day('id')}`).waitFor();
    await screenshot(page, 'report-reading-id');
    await page.getByRole('button', { name: 'English', exact: true }).click();

    // What a recruiter would see (the candidate's preview) holds none of it.
    const preview = page.locator('.recruiter-preview');
    await preview.getByText('Recruiter summary').first().waitFor();
    await expect(preview.textContent()).resolves.not.toMatch(/Read as|measured against/);
    expect(problems).toEqual([]);
  });

  it('says when no role was recognised', async () => {
    const audit = (await submitCompletedAudit(running.app, candidate, NO_ROLE)) as { id: string; report: Report };
    expect(audit.report.reading.role).toBeNull();
    const { page, problems } = await newPerson(browser, running.baseURL);
    await signIn(page, candidate.email, TEST_PASSWORD);
    await page.goto(`/audits/${audit.id}`);
    await settle(page);
    await readingCard(page).getByText('Read as: no role recognised, so no risk vocabulary is read as part of your work.').waitFor();
    // The pipeline measures against the day the audit was submitted, dated posts or not.
    await readingCard(page).getByText(/^Activity measured against /).waitFor();
    expect(problems).toEqual([]);
  });

  it('shows a recruiter only the recruiter summary: no reading, no reference date, in the API or on the page', async () => {
    const audit = (await submitCompletedAudit(running.app, candidate, REPORTER)) as { id: string };
    await api().post(`/api/v1/audits/${audit.id}/shares`).set(candidate.auth).send({ recruiterEmail: recruiter.email }).expect(201);
    const view = await api().get(`/api/v1/recruiter/summaries/${audit.id}`).set(recruiter.auth).expect(200);
    expect(JSON.stringify(view.body)).not.toMatch(/"(reading|referenceDate|professionalCategories)"/);

    const { page, problems } = await newPerson(browser, running.baseURL);
    await signIn(page, recruiter.email, TEST_PASSWORD);
    await page.goto(`/recruiter/summaries/${audit.id}`);
    await settle(page);
    await page.locator('article.recruiter-summary').waitFor();
    await expect(readingCard(page).count()).resolves.toBe(0);
    await expect(page.locator('main').textContent()).resolves.not.toMatch(/Read as|measured against/);
    expect(problems).toEqual([]);
  });
});
