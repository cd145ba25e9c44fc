import { VerifiedTokens } from './verified-tokens';

describe('VerifiedTokens', () => {
  const exp = 1_000;

  it('answers a remembered token until the second of its exp, then forgets it', () => {
    const tokens = new VerifiedTokens<{ exp: number; sub: string }>();
    tokens.remember('a.b.c', { exp, sub: 'u' });
    expect(tokens.get('a.b.c', 999_999)).toEqual({ exp, sub: 'u' });
    expect(tokens.get('a.b.c', 1_000_000)).toBeUndefined();
    expect(tokens.size).toBe(0);
    expect(tokens.get('a.b.c', 999_000)).toBeUndefined();
  });

  it('knows only the exact text it was given', () => {
    const tokens = new VerifiedTokens<{ exp: number }>();
    tokens.remember('a.b.c', { exp });
    expect(tokens.get('a.b.C', 0)).toBeUndefined();
    expect(tokens.get('a.b.c ', 0)).toBeUndefined();
  });

  it('holds at most its bound, forgetting the oldest first', () => {
    const tokens = new VerifiedTokens<{ exp: number }>(2);
    tokens.remember('one', { exp });
    tokens.remember('two', { exp });
    tokens.remember('three', { exp });
    expect(tokens.size).toBe(2);
    expect(tokens.get('one', 0)).toBeUndefined();
    expect(tokens.get('two', 0)).toEqual({ exp });
    expect(tokens.get('three', 0)).toEqual({ exp });
  });
});
