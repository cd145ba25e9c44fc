import { KNOWN_WORDS, SLANG, SLANG_ALSO_ENGLISH, TARGETS_BY_LENGTH } from './vocabulary';

export interface NormalizedWord {
  norm: string;
  /** True when leetspeak or a masked spelling was undone. */
  deobfuscated: boolean;
  /** Set when the slang reading replaced a word that is also English ("dr" -> "dari"): the English form. */
  englishForm?: string;
}

const LEET: Readonly<Record<string, readonly string[]>> = {
  '0': ['o'],
  '1': ['i', 'l'],
  '3': ['e'],
  '4': ['a'],
  '5': ['s'],
  '7': ['t'],
  '@': ['a'],
  $: ['s'],
  '!': ['i'],
};
const MAX_LEET_POSITIONS = 6;
const MAX_SQUEEZE_RUNS = 4;

function isLetter(char: string): boolean {
  return char !== '*' && char !== "'" && char !== '-' && char !== '_' && !(char in LEET) && !(char >= '0' && char <= '9');
}

function countLetters(word: string): number {
  let letters = 0;
  for (const char of word) if (isLetter(char)) letters++;
  return letters;
}

/** "hahaha", "wkwkwk", "hehe", "xixixi": laughter of any length. */
function isLaughter(word: string): boolean {
  if (word.length < 4) return false;
  const pairs = ['wk', 'kw', 'ha', 'ah', 'he', 'hi', 'xi', 'ak', 'wa'];
  const pair = word.slice(0, 2);
  if (!pairs.includes(pair)) return false;
  if (pair === 'wk' || pair === 'kw') {
    for (const char of word) if (char !== 'w' && char !== 'k') return false;
    return true;
  }
  for (let i = 0; i < word.length; i++) if (word[i] !== pair[i % 2]) return false;
  return word.length >= 4 && (pair !== 'wa' || word.length >= 6) && (pair !== 'ak' || word.length >= 6);
}

/** Squeezes runs of 3+ equal letters to one or two letters, whichever is a known word. */
function hasTripleLetter(word: string): boolean {
  for (let i = 2; i < word.length; i++) if (word[i] === word[i - 1] && word[i] === word[i - 2]) return true;
  return false;
}

function squeezeRuns(word: string): string {
  if (!hasTripleLetter(word)) return word;
  const runs: { start: number; length: number }[] = [];
  let i = 0;
  while (i < word.length) {
    let j = i + 1;
    while (j < word.length && word[j] === word[i]) j++;
    if (j - i >= 3 && isLetter(word[i])) runs.push({ start: i, length: j - i });
    i = j;
  }
  if (runs.length === 0) return word;
  const build = (mask: number): string => {
    let out = '';
    let cursor = 0;
    runs.forEach((run, index) => {
      out += word.slice(cursor, run.start) + word[run.start].repeat(mask & (1 << index) ? 2 : 1);
      cursor = run.start + run.length;
    });
    return out + word.slice(cursor);
  };
  if (runs.length > MAX_SQUEEZE_RUNS) return build(0);
  let best: string | undefined;
  for (let mask = (1 << runs.length) - 1; mask >= 0; mask--) {
    const candidate = build(mask);
    if (KNOWN_WORDS.has(candidate) && (best === undefined || candidate.length > best.length)) best = candidate;
  }
  return best ?? build(0);
}

function resolveKnown(word: string): string | undefined {
  if (KNOWN_WORDS.has(word)) return word;
  const squeezed = squeezeRuns(word);
  return KNOWN_WORDS.has(squeezed) ? squeezed : undefined;
}

/** "f*ck" -> "fuck", "j*di" -> "judi": each '*' stands for one hidden letter. */
function unmask(word: string): string | undefined {
  const candidates = TARGETS_BY_LENGTH.get(word.length);
  if (candidates === undefined) return undefined;
  for (const target of candidates) {
    let matches = true;
    for (let i = 0; i < word.length && matches; i++) {
      matches = word[i] === '*' ? isLetter(target[i]) : word[i] === target[i];
    }
    if (matches) return target;
  }
  return undefined;
}

/** "s1ot" -> "slot", "b4ngs4t" -> "bangsat": accepted only when the reading is a known word. */
function undoLeet(word: string): string | undefined {
  const positions: number[] = [];
  for (let i = 0; i < word.length; i++) if (word[i] in LEET) positions.push(i);
  if (positions.length === 0 || positions.length > MAX_LEET_POSITIONS) return undefined;
  if (countLetters(word) < 2) return undefined;
  const chars = word.split('');
  const search = (index: number): string | undefined => {
    if (index === positions.length) return resolveKnown(chars.join(''));
    const position = positions[index];
    for (const letter of LEET[word[position]]) {
      chars[position] = letter;
      const found = search(index + 1);
      if (found !== undefined) return found;
    }
    chars[position] = word[position];
    return undefined;
  };
  return search(0);
}

/** Normalised forms of recent words; a pure function's results, cleared when full to bound memory. */
const memo = new Map<string, NormalizedWord>();
const MEMO_LIMIT = 20_000;
const MEMO_MAX_WORD = 40;

/** Normalises one word already folded to lower-case Latin (see fold.ts). */
export function normalizeWord(folded: string): NormalizedWord {
  if (folded.length > MEMO_MAX_WORD) return computeNorm(folded);
  const known = memo.get(folded);
  if (known !== undefined) return known;
  const normalized = computeNorm(folded);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(folded, normalized);
  return normalized;
}

function computeNorm(folded: string): NormalizedWord {
  let word = folded;
  let deobfuscated = false;
  if (word.includes('*')) {
    const unmasked = unmask(word);
    if (unmasked !== undefined) {
      word = unmasked;
      deobfuscated = true;
    }
  }
  if (!KNOWN_WORDS.has(word)) {
    const readable = undoLeet(word);
    if (readable !== undefined) {
      deobfuscated = deobfuscated || readable !== squeezeRuns(word);
      word = readable;
    } else {
      word = squeezeRuns(word);
    }
  }
  if (isLaughter(word)) return { norm: 'haha', deobfuscated };
  const slang = SLANG.get(word);
  if (slang === undefined) return { norm: word, deobfuscated };
  return SLANG_ALSO_ENGLISH.has(word) ? { norm: slang, deobfuscated, englishForm: word } : { norm: slang, deobfuscated };
}

/** True when the folded word was written in Indonesian chat slang (its norm came from the slang list). */
export function isSlang(folded: string): boolean {
  return SLANG.has(folded) || isLaughter(folded);
}
