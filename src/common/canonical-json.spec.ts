import { canonicalJson, sha256Hex } from './canonical-json';

describe('canonicalJson', () => {
  it('gives the same text whatever the key order', () => {
    const a = { b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } };
    const b = { a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe('{"a":{"c":null,"d":[1,{"x":1,"y":2}]},"b":1}');
  });

  it('drops undefined properties like JSON.stringify and keeps array order', () => {
    expect(canonicalJson({ a: undefined, b: [3, 1] })).toBe('{"b":[3,1]}');
    expect(sha256Hex(canonicalJson([1, 2]))).not.toBe(sha256Hex(canonicalJson([2, 1])));
  });
});
