import { warmUpEngine } from './engine-warm-up';

describe('warmUpEngine', () => {
  it('runs the engine on every sample profile (each must pass the same validation a job does)', () => {
    // Two runs reach both samples; an invalid sample throws instead of warming nothing.
    expect(warmUpEngine(2)).toBe(2);
  });

  it('makes no run when told none', () => {
    expect(warmUpEngine(0)).toBe(0);
  });
});
