import abbreviationLexicon from './lexicons/abbreviations.json';
import { LexemeFacts } from './lexeme';
import type { Span, Token } from './types';

const TERMINATORS = new Set(['.', '!', '?', '…', '。', '！', '？']);
const SEPARATORS = new Set(['|', '•', '·', '¦', '▪', '●', '◦', '‣', '⁃']);
const { titles, address, degrees, common } = abbreviationLexicon.entries;
/** Abbreviations a name or number follows ("dr. Andi", "Jl. Melati"): the stop never ends a sentence. */
const BEFORE_NAME: ReadonlySet<string> = new Set([...titles, ...address]);
/** Abbreviations that may close a sentence: the stop ends it only when a capitalised word follows. */
const CLOSING: ReadonlySet<string> = new Set([...degrees, ...common]);

function isUpperLetter(char: string): boolean {
  return char.length === 1 && char !== char.toLowerCase();
}

/**
 * A full stop that is part of a word or number rather than the end of a sentence: after an
 * abbreviation ("Jl.", "dr.", "S.Kom."), after an initial ("Theresia M."), or glued to what
 * follows ("S.Kom", "Ph.D").
 */
function isInnerStop(text: string, token: Token, previous: Token | undefined, next: Token | undefined): boolean {
  if (token.norm !== '.' || previous === undefined || previous.end !== token.start) return false;
  if (next !== undefined && next.start === token.end && next.kind !== 'punct') return true;
  if (previous.kind !== 'word') return false;
  const written = text.slice(previous.start, previous.end);
  const lower = written.toLowerCase();
  if (BEFORE_NAME.has(lower) || isUpperLetter(written)) return true;
  if (!CLOSING.has(lower)) return false;
  const following = next === undefined ? '' : text.slice(next.start, next.start + 1);
  return next !== undefined && !isUpperLetter(following);
}

const TERMINATOR = 1;
const SEPARATOR = 2;

/** What a punctuation token with this norm does to a sentence: TERMINATOR, SEPARATOR bits. */
const PUNCT_ROLE = new LexemeFacts((norm): number => {
  let role = SEPARATORS.has(norm[0]) ? SEPARATOR : 0;
  for (const char of norm) if (TERMINATORS.has(char)) role |= TERMINATOR;
  return role;
});

function punctRole(token: Token): number {
  return token.kind === 'punct' ? PUNCT_ROLE.of(token.lexeme) : 0;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

/** Sentence spans: split after . ! ? and at line breaks, '|' and bullets (the separators belong to neither side). */
export function splitSentences(text: string, tokens: readonly Token[]): Span[] {
  const sentences: Span[] = [];
  let start = -1;
  let end = -1;
  const close = () => {
    if (start !== -1) sentences.push({ start, end });
    start = -1;
  };
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (start !== -1 && hasLineBreak(text, end, token.start)) close();
    const role = punctRole(token);
    if (role & SEPARATOR) {
      close();
      continue;
    }
    if (start === -1) start = token.start;
    end = token.end;
    if (role & TERMINATOR && !isInnerStop(text, token, tokens[index - 1], tokens[index + 1])) close();
  }
  close();
  return sentences;
}
