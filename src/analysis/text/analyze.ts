import { detectLanguage } from './language';
import { lexemeOf } from './lexeme';
import { findProtectedSpans } from './protected';
import { splitSentences } from './sentences';
import { tokenize } from './tokenize';
import type { AnalyzedText, FieldRef, Token } from './types';

/** Shared by the texts without a word read differently in English (most texts): nothing to switch. */
const NO_FORMS: ReadonlyMap<number, string> = new Map();

/** Tokenises, normalises and annotates one field of one source (see types.ts for every part). */
export function analyzeText(original: string, ref: FieldRef): AnalyzedText {
  const { tokens, englishForms } = tokenize(original);
  const slangForms = englishForms.size === 0 ? NO_FORMS : new Map([...englishForms.keys()].map((index) => [index, tokens[index].norm]));
  const firstReading = detectLanguage(tokens, original, englishForms);
  useEnglishForms(tokens, firstReading === 'en' ? englishForms : undefined, slangForms);
  const sentences = splitSentences(original, tokens);
  const protectedSpans = findProtectedSpans(tokens, sentences);
  // A self-description in another language must not switch how the rest of the text is read.
  const language = protectedSpans.length === 0 ? firstReading : detectLanguage(tokens, original, withProtected(tokens, englishForms));
  if (language !== firstReading) useEnglishForms(tokens, language === 'en' ? englishForms : undefined, slangForms);
  return {
    ref,
    original,
    tokens,
    // Without a protected token the two lists are the same array (neither is ever changed after this);
    // only a protected span marks tokens.
    scoringTokens: protectedSpans.length > 0 && tokens.some((token) => token.protected) ? tokens.filter((token) => !token.protected) : tokens,
    sentences,
    protectedSpans,
    language,
  };
}

/** "dr", "km", "org" in an English text are English, not Indonesian slang; elsewhere they keep their slang reading. */
function useEnglishForms(tokens: Token[], englishForms: ReadonlyMap<number, string> | undefined, slangForms: ReadonlyMap<number, string>): void {
  for (const [index, slang] of slangForms) {
    const form = englishForms?.get(index) ?? slang;
    if (tokens[index].norm === form) continue;
    tokens[index].norm = form;
    tokens[index].lexeme = lexemeOf(form);
  }
}

/** Tokens the language vote skips: the ambiguous English forms and every protected token. */
function withProtected(tokens: readonly Token[], englishForms: ReadonlyMap<number, string>): Map<number, string> {
  const skipped = new Map(englishForms);
  tokens.forEach((token, index) => {
    if (token.protected) skipped.set(index, token.norm);
  });
  return skipped;
}
