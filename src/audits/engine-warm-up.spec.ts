import { inJsonbKeyOrder, WARM_UP_SAMPLES, warmUpEngine } from './engine-warm-up';

describe('warmUpEngine', () => {
  it('runs the engine on every sample profile (each must pass the same validation a job does)', () => {
    // One run a sample reaches every sample; an invalid sample throws instead of warming nothing.
    expect(warmUpEngine(WARM_UP_SAMPLES.length)).toBe(WARM_UP_SAMPLES.length);
  });

  it('makes no run when told none', () => {
    expect(warmUpEngine(0)).toBe(0);
  });
});

describe('inJsonbKeyOrder', () => {
  it('lists keys shorter first, then bytewise, in nested objects and arrays alike, and keeps every value', () => {
    const ordered = inJsonbKeyOrder({ posts: [{ text: 'a', at: 1 }], about: 'x', b: null, platform: 'github', aa: { zz: 1, y: [2] } });
    expect(JSON.stringify(ordered)).toBe('{"b":null,"aa":{"y":[2],"zz":1},"about":"x","posts":[{"at":1,"text":"a"}],"platform":"github"}');
  });
});
