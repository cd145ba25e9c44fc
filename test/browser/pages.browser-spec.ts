import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import request from 'supertest';
import type { Profile } from '../../src/analysis/types';
import { createAccount, submitCompletedAudit, TEST_PASSWORD, type TestAccount } from '../e2e/support/auth';
import { launchBrowser, newPerson, type Person, screenshot } from './support/browser';
import { startBrowserTestApp, type RunningApp } from './support/app';
import { signIn } from './support/forms';
import { seriousViolations, settle, sidewaysOverflow, visibleStrings } from './support/page-checks';

const example = (name: string) => JSON.parse(readFileSync(resolve(__dirname, '../../docs/examples', name), 'utf8')) as Profile;

interface PageCase {
  name: string;
  who: 'anonymous' | 'candidate' | 'recruiter' | 'admin';
  path: () => string;
}

describe('Every page: accessibility, 375 px phones, both languages (real AppModule, Postgres, Redis, workers)', () => {
  let running: RunningApp;
  let browser: Browser;
  let candidate: TestAccount;
  let recruiter: TestAccount;
  let admin: TestAccount;
  let auditId: string;
  let linkToken: string;
  let invitationToken: string;
  const people = new Map<PageCase['who'], Person>();

  const pages: PageCase[] = [
    { name: 'sign-in', who: 'anonymous', path: () => '/signin' },
    { name: 'sign-up', who: 'anonymous', path: () => '/signup' },
    { name: 'shared-link-page', who: 'anonymous', path: () => `/s/${linkToken}` },
    { name: 'invitation', who: 'anonymous', path: () => `/r/${invitationToken}` },
    { name: 'not-found', who: 'anonymous', path: () => '/no-such-page' },
    { name: 'history', who: 'candidate', path: () => '/audits' },
    { name: 'new-audit', who: 'candidate', path: () => '/audits/new' },
    { name: 'report', who: 'candidate', path: () => `/audits/${auditId}` },
    { name: 'invitation-answer', who: 'candidate', path: () => `/r/${invitationToken}` },
    { name: 'account', who: 'candidate', path: () => '/account' },
    { name: 'recruiter-list', who: 'recruiter', path: () => '/recruiter' },
    { name: 'recruiter-summary-page', who: 'recruiter', path: () => `/recruiter/summaries/${auditId}` },
    { name: 'recruiter-requests', who: 'recruiter', path: () => '/recruiter/requests' },
    { name: 'admin-page', who: 'admin', path: () => '/admin' },
  ];

  beforeAll(async () => {
    [running, browser] = await Promise.all([startBrowserTestApp(), launchBrowser()]);
    [candidate, recruiter, admin] = await Promise.all([
      createAccount(running.app, 'candidate'),
      createAccount(running.app, 'recruiter'),
      createAccount(running.app, 'admin'),
    ]);
    const api = () => request(running.app.getHttpServer());
    const audit = await submitCompletedAudit(running.app, candidate, example('risky-id.json'));
    auditId = audit.id;
    const flagId = audit.report.recruiterSummary.flags[0].id as string;
    await api().put(`/api/v1/audits/${auditId}/flags/${flagId}/comment`).set(candidate.auth).send({ comment: 'Deleted long ago.' }).expect(200);
    await api().post(`/api/v1/audits/${auditId}/shares`).set(candidate.auth).send({ recruiterEmail: recruiter.email }).expect(201);
    const link = await api().post(`/api/v1/audits/${auditId}/shares`).set(candidate.auth).send({ link: true }).expect(201);
    linkToken = link.body.linkUrl.split('/').pop();
    const invitation = await api().post('/api/v1/recruiter/requests').set(recruiter.auth).send({ message: 'We would like to see your Citra summary.' }).expect(201);
    invitationToken = invitation.body.invitationUrl.split('/').pop();
    await api().get(`/api/v1/recruiter/summaries/${auditId}`).set(recruiter.auth).expect(200);

    people.set('anonymous', await newPerson(browser, running.baseURL));
    for (const [who, account] of [['candidate', candidate], ['recruiter', recruiter], ['admin', admin]] as const) {
      const person = await newPerson(browser, running.baseURL);
      await signIn(person.page, account.email, TEST_PASSWORD);
      people.set(who, person);
    }
  });

  afterAll(async () => {
    await browser?.close();
    await running?.stop();
  });

  it.each(pages.map((page) => [page.name, page] as const))(
    '%s: no serious accessibility violation, every visible string switches language, no sideways scroll at 375 px',
    async (_name, pageCase) => {
      const person = people.get(pageCase.who)!;
      const { page } = person;
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(pageCase.path());
      await settle(page);
      if ((await page.evaluate<string>('document.documentElement.lang')) !== 'en') await page.getByRole('button', { name: 'English', exact: true }).click();
      await screenshot(page, pageCase.name);
      expect(await seriousViolations(page)).toEqual([]);

      const english = await visibleStrings(page, 'en');
      expect(english.size).toBeGreaterThan(0);
      await page.getByRole('button', { name: 'Bahasa Indonesia', exact: true }).click();
      await expect(page.evaluate<string>('document.documentElement.lang')).resolves.toBe('id');
      const bodyText = await page.evaluate<string>("document.body.innerText.replace(/\\s+/g, ' ')");
      for (const [key, value] of english) expect({ key, stillEnglish: bodyText.includes(value) }).toEqual({ key, stillEnglish: false });
      expect((await visibleStrings(page, 'id')).size).toBeGreaterThanOrEqual(english.size / 2);

      // Remembered across a reload; checked at phone width, in Indonesian (the longer words).
      await page.setViewportSize({ width: 375, height: 740 });
      await page.reload();
      await settle(page);
      await expect(page.evaluate<string>('document.documentElement.lang')).resolves.toBe('id');
      expect(await sidewaysOverflow(page)).toEqual([]);
      await screenshot(page, `${pageCase.name}-id-375`);
      await page.getByRole('button', { name: 'English', exact: true }).click();
      expect(await sidewaysOverflow(page)).toEqual([]);
      expect(person.problems).toEqual([]);
    },
  );

  it('works by keyboard alone: skip link, sign-in, opening a flag with its evidence', async () => {
    const { page, context, problems } = await newPerson(browser, running.baseURL);
    /** Presses Tab until the focused element matches the CSS selector (at most 60 times). */
    const tabTo = async (selector: string) => {
      for (let presses = 0; presses < 60; presses += 1) {
        await page.keyboard.press('Tab');
        if (await page.evaluate<boolean>(`document.activeElement?.matches(${JSON.stringify(selector)}) ?? false`)) return;
      }
      throw new Error(`Tab never reached ${selector}`);
    };
    await page.goto('/signin');
    await settle(page);
    await page.keyboard.press('Tab');
    await expect(page.evaluate<string>('document.activeElement.textContent')).resolves.toBe('Skip to content');
    await tabTo('input[type=email]');
    await page.keyboard.type(candidate.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(TEST_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/audits');
    await settle(page);
    await tabTo('tbody a');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/audits/${auditId}`);
    await settle(page);
    await tabTo('button.flag-toggle');
    await page.keyboard.press('Enter');
    await expect(page.locator('button.flag-toggle[aria-expanded=true]').count()).resolves.toBe(1);
    await page.locator('.flag-body mark').first().waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('takes the default language from the browser', async () => {
    const indonesian = await newPerson(browser, running.baseURL, { locale: 'id-ID' });
    await indonesian.page.goto('/signin');
    await indonesian.page.getByRole('heading', { name: 'Masuk' }).waitFor();
    await expect(indonesian.page.evaluate<string>('document.documentElement.lang')).resolves.toBe('id');
    await indonesian.context.close();
  });
});
