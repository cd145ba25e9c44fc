import { PLATFORMS, PROFILE_LIMITS, REPORT_LOCALES, type Profile } from './types';

export interface ValidationError {
  path: string;
  message: string;
}

export type ValidationResult = { ok: true; profile: Profile } | { ok: false; errors: ValidationError[] };

const PROFILE_KEYS = new Set(['sources', 'targetRole', 'locale']);
const SOURCE_KEYS = new Set(['platform', 'handle', 'displayName', 'url', 'headline', 'about', 'posts', 'metrics']);
const POST_KEYS = new Set(['text', 'postedAt', 'likes', 'comments', 'shares']);
const METRIC_KEYS = new Set(['followers', 'following', 'avgLikes', 'avgComments']);
const MAX_ERRORS = 100;

type Record_ = Record<string, unknown>;

class Collector {
  readonly errors: ValidationError[] = [];

  add(path: string, message: string): void {
    if (this.errors.length < MAX_ERRORS) this.errors.push({ path, message });
  }
}

function isObject(value: unknown): value is Record_ {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function join(parent: string, key: string): string {
  return parent ? `${parent}.${key}` : key;
}

const NUL_OR_SURROGATE = /[\u0000\ud800-\udfff]/;

/** Optional fields are left out, never null: null would reach the engine as a value. */
const NULL_MESSAGE = 'must not be null (leave the field out instead)';

function checkUnknownKeys(value: Record_, allowed: ReadonlySet<string>, path: string, errors: Collector): void {
  for (const key of Object.keys(value)) if (!allowed.has(key)) errors.add(join(path, key), 'is not an allowed field');
}

/**
 * Why a string cannot be stored and audited, or undefined when it can: NUL (Postgres text and jsonb
 * refuse it) and lone UTF-16 surrogates (half of an emoji: not Unicode text, and not valid UTF-8).
 */
export function textProblem(value: string): string | undefined {
  // Most text has neither: one regular-expression scan settles it much faster than the loop below.
  if (!NUL_OR_SURROGATE.test(value)) return undefined;
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if (code === 0) return 'must not contain NUL (\\u0000) characters';
    if (code < 0xd800 || code > 0xdfff) continue;
    const next = value.charCodeAt(index + 1);
    if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) index += 1;
    else return 'must be well-formed Unicode text (it has half of a surrogate pair, e.g. a cut emoji)';
  }
  return undefined;
}

function checkString(value: unknown, path: string, maxLength: number, errors: Collector, required = false): void {
  if (value === undefined) {
    if (required) errors.add(path, 'is required');
    return;
  }
  if (value === null) errors.add(path, required ? 'must be a string' : NULL_MESSAGE);
  else if (typeof value !== 'string') errors.add(path, 'must be a string');
  else if (value.length > maxLength) errors.add(path, `must be at most ${maxLength} characters`);
  else {
    const problem = textProblem(value);
    if (problem) errors.add(path, problem);
  }
}

function checkCount(value: unknown, path: string, errors: Collector, integer: boolean): void {
  if (value === undefined) return;
  if (value === null) errors.add(path, NULL_MESSAGE);
  else if (typeof value !== 'number' || !Number.isFinite(value)) errors.add(path, 'must be a finite number');
  else if (value < 0) errors.add(path, 'must not be negative');
  else if (value > PROFILE_LIMITS.count) errors.add(path, `must be at most ${PROFILE_LIMITS.count}`);
  else if (integer && !Number.isInteger(value)) errors.add(path, 'must be a whole number');
}

function digitsAt(value: string, start: number, length: number): number | undefined {
  let result = 0;
  for (let index = start; index < start + length; index += 1) {
    const char = value[index];
    if (char === undefined || char < '0' || char > '9') return undefined;
    result = result * 10 + (char.charCodeAt(0) - 48);
  }
  return result;
}

/** ISO 8601 calendar date, optionally with a time ('2026-03-02', '2026-03-02T10:15:00Z', '...+07:00'). */
export function isIsoDate(value: string): boolean {
  if (value.length < 10 || value[4] !== '-' || value[7] !== '-') return false;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  if (year === undefined || month === undefined || day === undefined || month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return false;
  return value.length === 10 || isIsoTime(value.slice(10));
}

function isIsoTime(rest: string): boolean {
  if (rest[0] !== 'T' && rest[0] !== 't' && rest[0] !== ' ') return false;
  const hour = digitsAt(rest, 1, 2);
  const minute = digitsAt(rest, 4, 2);
  if (hour === undefined || minute === undefined || rest[3] !== ':' || hour > 23 || minute > 59) return false;
  let index = 6;
  if (rest[index] === ':') {
    const second = digitsAt(rest, index + 1, 2);
    if (second === undefined || second > 59) return false;
    index += 3;
    if (rest[index] === '.') {
      index += 1;
      const fractionStart = index;
      while (index < rest.length && rest[index] >= '0' && rest[index] <= '9') index += 1;
      if (index === fractionStart) return false;
    }
  }
  const zone = rest.slice(index);
  if (zone === '' || zone === 'Z' || zone === 'z') return true;
  if ((zone[0] !== '+' && zone[0] !== '-') || zone.length !== 6 || zone[3] !== ':') return false;
  const zoneHour = digitsAt(zone, 1, 2);
  const zoneMinute = digitsAt(zone, 4, 2);
  return zoneHour !== undefined && zoneMinute !== undefined && zoneHour <= 14 && zoneMinute <= 59;
}

function checkPost(post: unknown, path: string, errors: Collector): void {
  if (!isObject(post)) {
    errors.add(path, 'must be an object');
    return;
  }
  checkUnknownKeys(post, POST_KEYS, path, errors);
  checkString(post.text, join(path, 'text'), PROFILE_LIMITS.textField, errors, true);
  if (post.postedAt !== undefined) {
    if (post.postedAt === null) errors.add(join(path, 'postedAt'), NULL_MESSAGE);
    else if (typeof post.postedAt !== 'string') errors.add(join(path, 'postedAt'), 'must be a string');
    else if (!isIsoDate(post.postedAt)) errors.add(join(path, 'postedAt'), 'must be an ISO 8601 date (YYYY-MM-DD or date-time)');
  }
  for (const key of ['likes', 'comments', 'shares']) checkCount(post[key], join(path, key), errors, true);
}

function checkMetrics(metrics: unknown, path: string, errors: Collector): void {
  if (metrics === undefined) return;
  if (metrics === null) {
    errors.add(path, NULL_MESSAGE);
    return;
  }
  if (!isObject(metrics)) {
    errors.add(path, 'must be an object');
    return;
  }
  checkUnknownKeys(metrics, METRIC_KEYS, path, errors);
  checkCount(metrics.followers, join(path, 'followers'), errors, true);
  checkCount(metrics.following, join(path, 'following'), errors, true);
  checkCount(metrics.avgLikes, join(path, 'avgLikes'), errors, false);
  checkCount(metrics.avgComments, join(path, 'avgComments'), errors, false);
}

function checkSource(source: unknown, path: string, errors: Collector): void {
  if (!isObject(source)) {
    errors.add(path, 'must be an object');
    return;
  }
  checkUnknownKeys(source, SOURCE_KEYS, path, errors);
  if (source.platform === undefined) errors.add(join(path, 'platform'), 'is required');
  else if (typeof source.platform !== 'string' || !(PLATFORMS as readonly string[]).includes(source.platform)) {
    errors.add(join(path, 'platform'), `must be one of ${PLATFORMS.join(', ')}`);
  }
  checkString(source.handle, join(path, 'handle'), PROFILE_LIMITS.shortField, errors);
  checkString(source.displayName, join(path, 'displayName'), PROFILE_LIMITS.shortField, errors);
  checkString(source.url, join(path, 'url'), PROFILE_LIMITS.url, errors);
  checkString(source.headline, join(path, 'headline'), PROFILE_LIMITS.textField, errors);
  checkString(source.about, join(path, 'about'), PROFILE_LIMITS.textField, errors);
  if (source.posts !== undefined) {
    if (source.posts === null) errors.add(join(path, 'posts'), NULL_MESSAGE);
    else if (!Array.isArray(source.posts)) errors.add(join(path, 'posts'), 'must be an array');
    else if (source.posts.length > PROFILE_LIMITS.postsPerSource) errors.add(join(path, 'posts'), `must have at most ${PROFILE_LIMITS.postsPerSource} posts`);
    else source.posts.forEach((post, index) => checkPost(post, `${join(path, 'posts')}[${index}]`, errors));
  }
  checkMetrics(source.metrics, join(path, 'metrics'), errors);
}

/** Checks an untrusted value against the Profile contract and PROFILE_LIMITS; error paths like 'sources[2].posts[4].text'. */
export function validateProfile(input: unknown): ValidationResult {
  const errors = new Collector();
  if (!isObject(input)) return { ok: false, errors: [{ path: '', message: 'profile must be a JSON object' }] };
  checkUnknownKeys(input, PROFILE_KEYS, '', errors);
  if (!Array.isArray(input.sources)) errors.add('sources', input.sources === undefined ? 'is required' : 'must be an array');
  else if (input.sources.length === 0) errors.add('sources', 'must have at least one source');
  else if (input.sources.length > PROFILE_LIMITS.sources) errors.add('sources', `must have at most ${PROFILE_LIMITS.sources} sources`);
  else input.sources.forEach((source, index) => checkSource(source, `sources[${index}]`, errors));
  checkString(input.targetRole, 'targetRole', PROFILE_LIMITS.targetRole, errors);
  if (input.locale === null) errors.add('locale', NULL_MESSAGE);
  else if (input.locale !== undefined && (typeof input.locale !== 'string' || !(REPORT_LOCALES as readonly string[]).includes(input.locale))) {
    errors.add('locale', `must be one of ${REPORT_LOCALES.join(', ')}`);
  }
  return errors.errors.length > 0 ? { ok: false, errors: errors.errors } : { ok: true, profile: input as unknown as Profile };
}
