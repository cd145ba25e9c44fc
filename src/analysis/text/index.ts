export { analyzeText } from './analyze';
export { isEmail, isUrl } from './tokenize';
export type { AnalyzedText, FieldRef, Span, Token, TokenKind } from './types';
