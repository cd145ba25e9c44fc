import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

type Messages = { [key: string]: string | Messages };

function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [inner, text] of flatten(value, `${prefix}${key}.`)) out.set(inner, text);
  }
  return out;
}

const read = (language: string) => flatten(JSON.parse(readFileSync(resolve(__dirname, `../../../src/web/i18n/${language}.json`), 'utf8')) as Messages);
export const EN = read('en');
export const ID = read('id');

/** Waits until the page has loaded what it shows: its heading, no "Loading…", the network quiet. */
export async function settle(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.locator('.loading').first().waitFor({ state: 'detached' });
}

/** Accessibility violations axe-core rates serious or critical, as "rule: target" lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} (${violation.help})`));
}

/**
 * Elements that stick out past the right edge of the window (so the page scrolls sideways), as
 * "tag.class: text" lines; empty when the page fits. Content inside a scrolling box does not count.
 */
export async function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width + 1) return [];
    const scrolls = (el) => { for (let p = el.parentElement; p; p = p.parentElement) { const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') return true; } return false; };
    return [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && !scrolls(el))
      .slice(0, 5)
      .map((el) => el.tagName.toLowerCase() + '.' + el.className + ': ' + (el.textContent || '').trim().slice(0, 60));
  })()`);
}

/**
 * The interface strings of one language visible on the page, by key. Only strings that differ
 * between the languages, have no placeholder and are at least two words, so user content and
 * shared words (names of platforms, "Email") do not count.
 */
export async function visibleStrings(page: Page, language: 'en' | 'id'): Promise<Map<string, string>> {
  const text = await page.evaluate<string>("document.body.innerText.replace(/\\s+/g, ' ')");
  const mine = language === 'en' ? EN : ID;
  const other = language === 'en' ? ID : EN;
  const found = new Map<string, string>();
  for (const [key, value] of mine) {
    const plain = key.replace(/_(one|other)$/, '');
    const counterpart = other.get(key) ?? other.get(`${plain}_other`);
    if (value.includes('{{') || !/\S\s+\S/.test(value) || value === counterpart) continue;
    if (text.includes(value.replace(/\s+/g, ' '))) found.set(key, value);
  }
  return found;
}
