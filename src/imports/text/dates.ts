/**
 * The date formats the exports write, turned into the ISO 8601 the audit contract takes. A value
 * that is not a date gives undefined: the post keeps its text and goes without a date.
 */

const EARLIEST = Date.UTC(2000, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);

function iso(milliseconds: number): string | undefined {
  if (!Number.isFinite(milliseconds) || milliseconds < EARLIEST || milliseconds > LATEST) return undefined;
  return `${new Date(milliseconds).toISOString().slice(0, 19)}Z`;
}

/** Seconds since 1970 (Instagram's creation_timestamp, Facebook's timestamp). */
export function fromUnixSeconds(value: unknown): string | undefined {
  const seconds = typeof value === 'string' ? Number(value) : value;
  return typeof seconds === 'number' ? iso(seconds * 1000) : undefined;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** X's `created_at`: "Wed Oct 10 20:19:24 +0000 2018". */
export function fromTwitterDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const parts = value.trim().split(/\s+/);
  if (parts.length !== 6) return undefined;
  const [, monthName, day, time, zone, year] = parts;
  const month = MONTHS.indexOf(monthName);
  const [hour, minute, second] = time.split(':').map(Number);
  if (month < 0 || !/^[+-]\d{4}$/.test(zone)) return undefined;
  const offsetMinutes = (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5)));
  return iso(Date.UTC(Number(year), month, Number(day), hour, minute, second) - offsetMinutes * 60_000);
}

/** "2024-01-15 08:30:00" (LinkedIn shares, TikTok posts; both in UTC) or "2024-01-15". */
export function fromSpacedUtc(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(value.trim());
  if (!match) return undefined;
  const [, year, month, day, hour = '0', minute = '0', second = '0'] = match;
  const milliseconds = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second));
  const date = new Date(milliseconds);
  // Date.UTC rolls 2024-02-31 over into March; such a value is not a date.
  if (date.getUTCDate() !== Number(day) || date.getUTCMonth() !== Number(month) - 1) return undefined;
  return iso(milliseconds);
}
