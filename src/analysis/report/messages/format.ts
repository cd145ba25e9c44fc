/** Number formatting shared by the message tables (locale-specific separators). */
export function round(value: number): number {
  return Math.round(value);
}

export function percent(value: number, decimalSeparator: '.' | ','): string {
  const digits = value < 1 ? 2 : value < 10 ? 1 : 0;
  const fixed = value.toFixed(digits);
  return decimalSeparator === ',' ? fixed.replace('.', ',') : fixed;
}

export function thousands(value: number, separator: ',' | '.'): string {
  const whole = Math.round(value);
  const digits = String(Math.abs(whole));
  let grouped = '';
  for (let index = 0; index < digits.length; index += 1) {
    if (index > 0 && (digits.length - index) % 3 === 0) grouped += separator;
    grouped += digits[index];
  }
  return whole < 0 ? `-${grouped}` : grouped;
}

export function decimal(value: number, decimalSeparator: '.' | ','): string {
  const fixed = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return decimalSeparator === ',' ? fixed.replace('.', ',') : fixed;
}

export function listOf(items: readonly string[], conjunction: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

const ENGLISH_PLURALS = new Intl.PluralRules('en');

/** English noun forms by the language's plural rules ("1 post", "0 posts", "1.5 posts"). */
export function plural(count: number, one: string, many: string): string {
  return ENGLISH_PLURALS.select(count) === 'one' ? one : many;
}
