import { warmUpEngine } from './engine-warm-up';

describe('warmUpEngine', () => {
  it('runs the engine on every sample profile (each must pass the same validation a job does)', () => {
    // Four runs reach every sample; an invalid sample throws instead of warming nothing.
    expect(warmUpEngine(4)).toBe(4);
  });

  it('makes no run when told none', () => {
    expect(warmUpEngine(0)).toBe(0);
  });
});
