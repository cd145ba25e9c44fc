import englishLexicon from './lexicons/words-en.json';
import indonesianLexicon from './lexicons/words-id.json';
import slangLexicon from './lexicons/slang.json';
import obfuscationTargets from './lexicons/obfuscation-targets.json';

export const ENGLISH_WORDS: ReadonlySet<string> = new Set(englishLexicon.entries);
export const INDONESIAN_WORDS: ReadonlySet<string> = new Set(indonesianLexicon.entries);
export const SLANG: ReadonlyMap<string, string> = new Map(Object.entries(slangLexicon.entries.words as Record<string, string>));
/** Slang keys that are also English words or abbreviations ("dr", "km", "org"). */
export const SLANG_ALSO_ENGLISH: ReadonlySet<string> = new Set(slangLexicon.entries.alsoEnglish);
export const OBFUSCATION_TARGETS: ReadonlySet<string> = new Set(obfuscationTargets.entries);

/** Every spelling the normaliser accepts as a real word when it has to choose between readings. */
export const KNOWN_WORDS: ReadonlySet<string> = new Set([
  ...ENGLISH_WORDS,
  ...INDONESIAN_WORDS,
  ...SLANG.keys(),
  ...OBFUSCATION_TARGETS,
]);

/** Obfuscation targets grouped by length, for resolving masked spellings such as "f*ck". */
export const TARGETS_BY_LENGTH: ReadonlyMap<number, readonly string[]> = (() => {
  const byLength = new Map<number, string[]>();
  for (const word of OBFUSCATION_TARGETS) {
    const list = byLength.get(word.length) ?? [];
    list.push(word);
    byLength.set(word.length, list);
  }
  return byLength;
})();
