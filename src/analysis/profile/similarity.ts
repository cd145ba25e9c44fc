/** Edit distance with a cap on input length so cost stays bounded (identity strings are short). */
export function levenshtein(a: string, b: string, maxLength = 64): number {
  const left = a.slice(0, maxLength);
  const right = b.slice(0, maxLength);
  if (left === right) return 0;
  if (left.length === 0) return right.length;
  if (right.length === 0) return left.length;
  let previous = new Array<number>(right.length + 1);
  let current = new Array<number>(right.length + 1);
  for (let j = 0; j <= right.length; j += 1) previous[j] = j;
  for (let i = 1; i <= left.length; i += 1) {
    current[0] = i;
    for (let j = 1; j <= right.length; j += 1) {
      const substitution = previous[j - 1] + (left[i - 1] === right[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
    }
    [previous, current] = [current, previous];
  }
  return previous[right.length];
}

/** 1 for equal strings, 0 for entirely different ones. */
export function editSimilarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  return 1 - levenshtein(a, b) / Math.min(longest, 64);
}

/** The short form's letters appear in order in the long name, from its first letter ("tere" in "theresia"). */
function isSubsequence(short: string, long: string): boolean {
  if (short[0] !== long[0]) return false;
  let at = 0;
  for (const char of long) if (char === short[at]) at += 1;
  return at === short.length;
}

/** A nickname or short form of one name: "yoga" of "prayoga", "tere" of "theresia", "endah" of "endahsari". */
function isShortForm(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < MIN_SHORT_FORM || short.length === long.length) return false;
  return long.startsWith(short) || long.endsWith(short) || isSubsequence(short, long);
}

const MIN_SHORT_FORM = 3;

function partsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  if (isShortForm(a, b)) return true;
  return Math.min(a.length, b.length) >= 4 && editSimilarity(a, b) >= 0.8;
}

/**
 * Similarity of two names given as lower-case parts: the share of parts matched one to one,
 * where an initial matches the name it abbreviates ("andi w" ~ "andi wijaya").
 */
export function namePartsSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const unused = [...b];
  let matched = 0;
  for (const part of a) {
    const index = unused.findIndex((candidate) => partsMatch(part, candidate));
    if (index >= 0) {
      matched += 1;
      unused.splice(index, 1);
    }
  }
  // A shorter name wholly inside the longer one is the same person ("Dennis" / "Dennis Kurniadi").
  return matched === Math.min(a.length, b.length) ? 1 : matched / Math.max(a.length, b.length);
}

/** Best of part-by-part and whole-string similarity ("rina-hartono" ~ "rinahartono"). */
export function identitySimilarity(a: readonly string[], b: readonly string[]): number {
  return Math.max(namePartsSimilarity(a, b), editSimilarity(a.join(''), b.join('')));
}

export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared += 1;
  return shared / (a.size + b.size - shared);
}

export function clamp(value: number, min = 0, max = 100): number {
  return Math.min(max, Math.max(min, value));
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}
