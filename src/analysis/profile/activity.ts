import type { Evidence } from '../types';
import type { Messages } from '../report/messages/types';
import type { Measured } from './component';
import { evidenceFor } from './evidence';
import { countedPosts, type ProfileField } from './fields';
import { clamp, mean, median } from './similarity';

const DAY_MS = 86_400_000;
const FRESH_DAYS = 30;
export const STALE_DAYS = 180;

/** Days since 1970-01-01 for an ISO date or date-time; undefined when it is not one. */
export function isoDay(value: string): number | undefined {
  if (value.length < 10 || value[4] !== '-' || value[7] !== '-') return undefined;
  const digits = digitsDay(value);
  if (digits !== null) return digits;
  return parsedDay(value);
}

/** A digit at each place of value, read in place; -1 when one is not a digit. */
function digitsAt(value: string, from: number, to: number): number {
  let number = 0;
  for (let index = from; index < to; index += 1) {
    const digit = value.charCodeAt(index) - 0x30;
    if (digit < 0 || digit > 9) return -1;
    number = number * 10 + digit;
  }
  return number;
}

/**
 * isoDay of 'YYYY-MM-DD' written in digits from year 100 on (Date.UTC reads years 0-99 as 19xx),
 * by the calendar arithmetic instead of Date objects and substrings: called per post by several
 * components. undefined when not a real date; null when not such digits (parsedDay decides).
 */
function digitsDay(value: string): number | undefined | null {
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 7);
  const day = digitsAt(value, 8, 10);
  if (year < 100 || month < 0 || day < 0) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return daysFromCivil(year, month, day);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** isoDay through Number and Date, for what digitsDay does not read ('+202-01-01', years 0-99). */
function parsedDay(value: string): number | undefined {
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const ms = Date.UTC(year, month - 1, day);
  if (new Date(ms).getUTCDate() !== day) return undefined;
  return Math.floor(ms / DAY_MS);
}

interface DatedPost {
  field: ProfileField;
  day: number;
}

export interface ActivityFacts {
  datedPosts: number;
  referenceDay?: number;
  /** Day of the newest dated post. */
  newestDay?: number;
  /** Measured against a reference date, or across two or more dated sources (else it would always be 0 days). */
  recency?: { score: number; worstDays: number };
  regularity?: { score: number; medianGap: number; variation: number };
}

function datedPosts(fields: readonly ProfileField[]): DatedPost[] {
  const posts: DatedPost[] = [];
  for (const field of countedPosts(fields)) {
    const day = field.post?.postedAt ? isoDay(field.post.postedAt) : undefined;
    if (day !== undefined) posts.push({ field, day });
  }
  return posts;
}

/** The ISO day (YYYY-MM-DD) of a day number from `isoDay`. */
export function dayToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Linear from 100 (posted within 30 days of the reference) to 0 (180 days or more). */
export function recencyScore(days: number): number {
  if (days <= FRESH_DAYS) return 100;
  return clamp(100 * (1 - (days - FRESH_DAYS) / (STALE_DAYS - FRESH_DAYS)));
}

/** Even gaps and a weekly-to-fortnightly cadence score high; bursts and long silences low. */
export const UNEVEN_VARIATION = 1;
export function regularityScore(gaps: readonly number[]): { score: number; medianGap: number; variation: number } {
  const average = mean(gaps);
  const spread = Math.sqrt(mean(gaps.map((gap) => (gap - average) ** 2)));
  const variation = average === 0 ? 0 : spread / average;
  const medianGap = median(gaps);
  const cadence = medianGap <= 14 ? 1 : Math.max(0.3, 1 - (0.7 * (medianGap - 14)) / 76);
  return { score: clamp(100 * Math.max(0, 1 - variation / 3) * cadence), medianGap, variation };
}

export function activityFacts(fields: readonly ProfileField[], referenceDate?: string): ActivityFacts {
  const posts = datedPosts(fields);
  const given = referenceDate ? isoDay(referenceDate) : undefined;
  if (posts.length === 0) return given === undefined ? { datedPosts: 0 } : { datedPosts: 0, referenceDay: given };
  const newest = Math.max(...posts.map((post) => post.day));
  const referenceDay = given !== undefined ? Math.max(given, newest) : newest;
  const newestBySource = new Map<number, number>();
  for (const post of posts) newestBySource.set(post.field.source, Math.max(newestBySource.get(post.field.source) ?? post.day, post.day));
  const sourceDays = [...newestBySource.values()].map((day) => referenceDay - day);
  const facts: ActivityFacts = { datedPosts: posts.length, referenceDay, newestDay: newest };
  if (given !== undefined || sourceDays.length >= 2) {
    facts.recency = { score: mean(sourceDays.map(recencyScore)), worstDays: Math.max(...sourceDays) };
  }
  const days = [...new Set(posts.map((post) => post.day))].sort((a, b) => a - b);
  if (days.length >= 3) {
    const gaps = days.slice(1).map((day, index) => day - days[index]);
    facts.regularity = regularityScore(gaps);
  }
  return facts;
}

/** `facts`: activityFacts(fields, referenceDate), when the caller already has them. */
export function activityComponent(
  fields: readonly ProfileField[],
  msg: Messages,
  referenceDate?: string,
  facts: ActivityFacts = activityFacts(fields, referenceDate),
): Measured | undefined {
  const parts = [facts.recency?.score, facts.regularity?.score].filter((score): score is number => score !== undefined);
  if (parts.length === 0) return undefined;
  const evidence: Evidence[] = datedPosts(fields)
    .sort((a, b) => b.day - a.day)
    .slice(0, 3)
    .map((post) => evidenceFor(post.field, 0, Math.min(post.field.text.original.length, 80)));
  return {
    key: 'activity',
    value: mean(parts),
    explanation: msg.explain.activity({
      datedPosts: facts.datedPosts,
      worstDays: facts.recency?.worstDays,
      referenceGiven: referenceDate !== undefined && isoDay(referenceDate) !== undefined,
      medianGap: facts.regularity?.medianGap,
    }),
    evidence,
  };
}
