/**
 * Candidate root forms of an Indonesian word for dictionary lookup: the word itself, the halves of
 * a reduplication ("marah-marah"), and the word with one common suffix and/or prefix removed,
 * restoring the consonant a nasal prefix replaced ("menyiksa" -> "siksa", "menulis" -> "tulis").
 * Over-generates on purpose; callers only keep candidates found in a word list.
 */
const SUFFIXES = ['nya', 'lah', 'kah', 'kan', 'an', 'i'];
/** Prefix -> consonants it may have replaced at the start of the root ('' = none). */
const PREFIXES: readonly [string, readonly string[]][] = [
  ['meng', ['', 'k']],
  ['meny', ['s']],
  ['mem', ['', 'p']],
  ['men', ['', 't']],
  ['me', ['']],
  ['peng', ['', 'k']],
  ['peny', ['s']],
  ['pem', ['', 'p']],
  ['pen', ['', 't']],
  ['pe', ['']],
  ['ber', ['']],
  ['ter', ['']],
  ['di', ['']],
  ['ke', ['']],
  ['se', ['']],
];
const MIN_ROOT = 3;

function withoutSuffix(word: string): string[] {
  const forms = [word];
  for (const suffix of SUFFIXES) {
    if (word.length - suffix.length >= MIN_ROOT && word.endsWith(suffix)) forms.push(word.slice(0, -suffix.length));
  }
  return forms;
}

function withoutPrefix(word: string): string[] {
  const forms: string[] = [];
  for (const [prefix, restored] of PREFIXES) {
    if (word.length - prefix.length < MIN_ROOT - 1 || !word.startsWith(prefix)) continue;
    const rest = word.slice(prefix.length);
    for (const consonant of restored) forms.push(consonant + rest);
  }
  return forms;
}

export function indonesianStems(word: string): string[] {
  const candidates = new Set<string>([word]);
  if (word.includes('-')) for (const part of word.split('-')) if (part.length >= MIN_ROOT) candidates.add(part);
  for (const base of [...candidates]) {
    for (const unsuffixed of withoutSuffix(base)) {
      candidates.add(unsuffixed);
      for (const root of withoutPrefix(unsuffixed)) if (root.length >= MIN_ROOT) candidates.add(root);
    }
  }
  return [...candidates];
}
