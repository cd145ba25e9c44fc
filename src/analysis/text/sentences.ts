import type { Span, Token } from './types';

const TERMINATORS = new Set(['.', '!', '?', '…', '。', '！', '？']);
const SEPARATORS = new Set(['|', '•', '·', '¦', '▪', '●', '◦', '‣', '⁃']);
/** Words after which a full stop is an abbreviation, not the end of a sentence. */
const ABBREVIATIONS = new Set(
  (
    'jl jln no dr drs mr mrs ms st vs etc eg ie dll dsb dst bpk ir prof kab kec kel rt rw pt cv tbk inc ltd jr sr ' +
    'hal tel telp hp ph mt sh se mm spd skom amd kh apt blok gg'
  ).split(' '),
);

function isTerminator(token: Token): boolean {
  if (token.kind !== 'punct') return false;
  for (const char of token.norm) if (TERMINATORS.has(char)) return true;
  return false;
}

function isSeparator(token: Token): boolean {
  return token.kind === 'punct' && SEPARATORS.has(token.norm[0]);
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
  tokens.forEach((token, index) => {
    if (start !== -1 && hasLineBreak(text, end, token.start)) close();
    if (isSeparator(token)) {
      close();
      return;
    }
    if (start === -1) start = token.start;
    end = token.end;
    if (isTerminator(token)) {
      const previous = index > 0 ? tokens[index - 1] : undefined;
      const abbreviation =
        token.norm === '.' && previous !== undefined && previous.end === token.start && previous.kind === 'word' && ABBREVIATIONS.has(previous.norm);
      if (!abbreviation) close();
    }
  });
  close();
  return sentences;
}
