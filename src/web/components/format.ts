import i18next from 'i18next';

/** A date and time in the page's language. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(i18next.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(i18next.language, { dateStyle: 'medium' }).format(new Date(iso));
}

export function formatNumber(value: number | null | undefined, maximumFractionDigits = 0): string {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(i18next.language, { maximumFractionDigits }).format(value);
}

/** A calendar day ('YYYY-MM-DD') in the page's language, the same day in every time zone. */
export function formatDay(day: string): string {
  return new Intl.DateTimeFormat(i18next.language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}
