import { analyzeText } from './analyze';
import { LexemeFacts, lexemeOf } from './lexeme';

describe('lexemes', () => {
  it('gives every token of one norm the same lexeme, with norm equal to the token norm', () => {
    const text = analyzeText('Data data DATA, #data', { source: 0, field: 'about' });
    for (const token of text.tokens) expect(token.lexeme.norm).toBe(token.norm);
    expect(text.tokens[1].lexeme).toBe(text.tokens[0].lexeme);
    expect(text.tokens[2].lexeme).toBe(lexemeOf('data'));
  });

  it('keeps the English reading of slang in an English text on the lexeme too', () => {
    const text = analyzeText('I met the dr at the hospital yesterday and she was kind', { source: 0, field: 'about' });
    const dr = text.tokens.find((token) => text.original.slice(token.start, token.end) === 'dr');
    expect(dr?.lexeme.norm).toBe(dr?.norm);
  });

  it('computes a fact once per lexeme', () => {
    let calls = 0;
    const length = new LexemeFacts((norm) => {
      calls++;
      return norm.length;
    });
    const lexeme = lexemeOf('lexeme-spec-word');
    expect(length.of(lexeme)).toBe(16);
    expect(length.of(lexeme)).toBe(16);
    expect(calls).toBe(1);
  });
});
