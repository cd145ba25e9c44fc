import type { Page } from 'playwright-core';
import type { Profile } from '../../../src/analysis/types';

/** Signs up through the page (and so signs in); lands on the role's home. */
export async function signUp(page: Page, role: 'candidate' | 'recruiter', email: string, password: string): Promise<void> {
  await page.goto('/signup');
  await page.getByLabel(role === 'candidate' ? /Looking for a job/ : /Hiring/).check();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  if (role === 'recruiter') await page.getByLabel('Company or agency').fill('Acme Talent');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL(role === 'candidate' ? '**/audits' : '**/recruiter');
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/signin');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
}

/** Types a profile into the new-audit form, card by card, as a person would. */
export async function fillAuditForm(page: Page, profile: Profile): Promise<void> {
  for (const [index, source] of profile.sources.entries()) {
    if (index > 0) await page.getByRole('button', { name: 'Add another platform' }).click();
    const card = page.locator('section.source-card').nth(index);
    await card.getByLabel('Platform', { exact: true }).selectOption(source.platform);
    if (source.handle) await card.getByLabel('Handle or username').fill(source.handle);
    if (source.displayName) await card.getByLabel('Display name').fill(source.displayName);
    if (source.url) await card.getByLabel('Profile address (optional)').fill(source.url);
    if (source.headline) await card.getByLabel('Headline or bio line').fill(source.headline);
    if (source.about) await card.getByLabel('About', { exact: true }).fill(source.about);
    for (const [postIndex, post] of (source.posts ?? []).entries()) {
      await card.getByRole('button', { name: 'Add a post' }).click();
      const editor = card.locator('.post-editor').nth(postIndex);
      await editor.getByLabel(`Post ${postIndex + 1}`, { exact: true }).fill(post.text);
      if (post.postedAt) await editor.getByLabel('Posted on').fill(post.postedAt.slice(0, 10));
      if (post.likes !== undefined) await editor.getByLabel('Likes').fill(String(post.likes));
      if (post.comments !== undefined) await editor.getByLabel('Comments').fill(String(post.comments));
      if (post.shares !== undefined) await editor.getByLabel('Shares').fill(String(post.shares));
    }
    if (source.metrics) {
      await card.getByText('Audience numbers (optional)').click();
      const labels = { followers: 'Followers', following: 'Following', avgLikes: 'Average likes', avgComments: 'Average comments' } as const;
      for (const [metric, label] of Object.entries(labels)) {
        const value = source.metrics[metric as keyof typeof labels];
        if (value !== undefined) await card.getByLabel(label, { exact: true }).fill(String(value));
      }
    }
  }
  if (profile.targetRole) await page.getByLabel('Target role (optional)').fill(profile.targetRole);
  if (profile.locale) await page.getByLabel('Report language').selectOption(profile.locale);
}
