import { readAdmission } from './admission.config';

describe('admission settings (AUDIT_SUBMIT_*, AUDIT_QUEUE_*)', () => {
  it('has defaults that admit a full batch', () => {
    expect(readAdmission({})).toEqual({ ratePerMinute: 600, burst: 200, maxWaiting: 20_000, depthCacheMs: 1_000 });
  });

  it('turns each check off with 0', () => {
    expect(readAdmission({ AUDIT_SUBMIT_RATE_PER_MINUTE: '0', AUDIT_SUBMIT_BURST: '1', AUDIT_QUEUE_MAX_WAITING: '0' })).toMatchObject({ ratePerMinute: 0, maxWaiting: 0 });
  });

  it('refuses a burst that cannot hold one batch, and values that are not whole numbers in range, naming the variable', () => {
    expect(() => readAdmission({ AUDIT_SUBMIT_BURST: '50' })).toThrow(/AUDIT_SUBMIT_BURST.*at least 100/);
    expect(() => readAdmission({ AUDIT_SUBMIT_RATE_PER_MINUTE: 'lots' })).toThrow(/AUDIT_SUBMIT_RATE_PER_MINUTE/);
    expect(() => readAdmission({ AUDIT_QUEUE_MAX_WAITING: '-1' })).toThrow(/AUDIT_QUEUE_MAX_WAITING/);
    expect(() => readAdmission({ AUDIT_QUEUE_DEPTH_CACHE_MS: '10' })).toThrow(/AUDIT_QUEUE_DEPTH_CACHE_MS/);
  });
});
