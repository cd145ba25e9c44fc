import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FLAG_CATEGORIES, PLATFORMS, REPORT_LOCALES, SEVERITIES } from '../../src/analysis/types';
import rolesLexicon from '../../src/analysis/reading/lexicons/roles.json';
import { ROLES } from '../../src/auth/auth.types';

const WEB = resolve(__dirname, '../../src/web');
type Messages = { [key: string]: string | Messages };

function flatten(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) => (typeof value === 'string' ? [prefix + key] : flatten(value, `${prefix}${key}.`)));
}

const load = (language: string) => JSON.parse(readFileSync(join(WEB, 'i18n', `${language}.json`), 'utf8')) as Messages;
/** A key as code asks for it: plural forms (`_one`, `_other`) answer for their base key. */
const baseKeys = (messages: Messages) => new Set(flatten(messages).map((key) => key.replace(/_(one|other)$/, '')));
const en = baseKeys(load('en'));
const id = baseKeys(load('id'));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [readFileSync(path, 'utf8')] : [];
  });
}
const code = sources(WEB).join('\n');
/** The roles and fields the engine can read a person as (report.reading), from its lexicon. */
const readingRoles = rolesLexicon.roles.map((entry) => entry.role);
const readingFields = [...new Set(rolesLexicon.roles.map((entry) => entry.field))];

describe('web app translations', () => {
  it('has the same keys in English and Indonesian', () => {
    expect([...en].filter((key) => !id.has(key))).toEqual([]);
    expect([...id].filter((key) => !en.has(key))).toEqual([]);
  });

  it('has every key the code asks for with a literal (t("a.b"), or a message key in a validation error)', () => {
    const literal = [...code.matchAll(/\bt\(\s*'([a-zA-Z][\w.]*)'/g)].map((match) => match[1]!);
    const errorKeys = [...code.matchAll(/\bkey: '([a-zA-Z][\w.]*)'/g)].map((match) => match[1]!);
    expect(literal.length).toBeGreaterThan(100);
    expect([...new Set([...literal, ...errorKeys])].filter((key) => !en.has(key))).toEqual([]);
  });

  it('has every key the code builds from a list of values', () => {
    const families: [string, readonly string[]][] = [
      ['platforms', PLATFORMS],
      ['categories', FLAG_CATEGORIES],
      ['severity', SEVERITIES],
      ['language', REPORT_LOCALES],
      ['languages', ['en', 'id', 'mixed', 'other']],
      ['roles', ROLES],
      ['status', ['queued', 'processing', 'completed', 'failed']],
      ['dimensions', ['consistency', 'tone', 'professional', 'risk']],
      ['sharing.states', ['active', 'revoked', 'expired']],
      ['requests.states', ['open', 'fulfilled', 'expired', 'cancelled']],
      ['invitation.states', ['open', 'fulfilled', 'expired', 'cancelled']],
      ['admin.states', ['waiting', 'active', 'delayed', 'paused', 'completed', 'failed']],
      ['form.metric', ['followers', 'following', 'avgLikes', 'avgComments']],
      ['evidence.fields', ['handle', 'displayName', 'url', 'headline', 'about', 'metrics']],
      ['reading.roles', readingRoles],
      ['reading.fields', readingFields],
    ];
    const missing = families.flatMap(([prefix, values]) => values.map((value) => `${prefix}.${value}`)).filter((key) => !en.has(key));
    expect(missing).toEqual([]);
    // Every template key in the code belongs to one of those families (or is checked above).
    const templates = [...code.matchAll(/\bt\(\s*`([a-zA-Z][\w.]*)\.\$\{/g)].map((match) => match[1]!);
    const known = new Set([...families.map(([prefix]) => prefix), 'signUp', 'account.eraseItems', 'recruiter.sorts']);
    expect([...new Set(templates)].filter((prefix) => !known.has(prefix))).toEqual([]);
  });
});
