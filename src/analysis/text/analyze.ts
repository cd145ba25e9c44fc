import { detectLanguage } from './language';
import { lexemeOf } from './lexeme';
import { findProtectedSpans } from './protected';
import { splitSentences } from './sentences';
import { tokenize } from './tokenize';
import type { AnalyzedText, FieldRef } from './types';

/** Tokenises, normalises and annotates one field of one source (see types.ts for every part). */
export function analyzeText(original: string, ref: FieldRef): AnalyzedText {
  const { tokens, englishForms } = tokenize(original);
  const language = detectLanguage(tokens, original, englishForms);
  // "dr", "km", "org" in an English text are English, not Indonesian slang.
  if (language === 'en') {
    for (const [index, form] of englishForms) {
      tokens[index].norm = form;
      tokens[index].lexeme = lexemeOf(form);
    }
  }
  const sentences = splitSentences(original, tokens);
  const protectedSpans = findProtectedSpans(tokens, sentences);
  return {
    ref,
    original,
    tokens,
    // Without a protected token the two lists are the same array (neither is ever changed after this).
    scoringTokens: tokens.some((token) => token.protected) ? tokens.filter((token) => !token.protected) : tokens,
    sentences,
    protectedSpans,
    language,
  };
}
