import { bodyProblems, MAX_BODY_DEPTH } from './body-hygiene';

function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let level = 0; level < depth; level += 1) value = level % 2 === 0 ? [value] : { a: value };
  return value;
}

describe('bodyProblems', () => {
  it('accepts ordinary bodies, emoji and all', () => {
    expect(bodyProblems({ email: 'a@example.com', list: [1, 2.5, -3, { ok: true, none: null }], note: 'ok \u{1F600}' })).toEqual([]);
  });

  it('names strings with NUL or a lone surrogate, in values and in field names', () => {
    expect(bodyProblems({ email: '\u0000', sources: [{ posts: [{ text: 'cut \ud83d' }] }], ['bad\udc00key']: 1 })).toEqual([
      { field: 'bad\udc00key', message: expect.stringContaining('field name') },
      { field: 'email', message: expect.stringContaining('NUL') },
      { field: 'sources[0].posts[0].text', message: expect.stringContaining('surrogate') },
    ]);
  });

  it('names non-finite numbers (what JSON.parse makes of 1e400)', () => {
    expect(bodyProblems(JSON.parse('{"sources":[{"metrics":{"avgLikes":1e400}}],"n":-1e400}'))).toEqual([
      { field: 'sources[0].metrics.avgLikes', message: 'must be a finite number' },
      { field: 'n', message: 'must be a finite number' },
    ]);
  });

  it(`allows ${MAX_BODY_DEPTH} levels of nesting and refuses one more, without recursion`, () => {
    expect(bodyProblems(nested(MAX_BODY_DEPTH))).toEqual([]);
    expect(bodyProblems(nested(MAX_BODY_DEPTH + 1))).toEqual([{ field: expect.any(String), message: expect.stringContaining('nested too deeply') }]);
    const deep = JSON.parse('['.repeat(100_000) + ']'.repeat(100_000));
    expect(bodyProblems({ email: deep })).toEqual([{ field: `email${'[0]'.repeat(MAX_BODY_DEPTH - 1)}`, message: expect.stringContaining('nested too deeply') }]);
  });

  it('stops after 20 problems', () => {
    expect(bodyProblems(Array.from({ length: 100 }, () => '\u0000'))).toHaveLength(20);
  });
});
