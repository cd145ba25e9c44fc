import { readAdminSeed } from './accounts.config';

describe('ADMIN_EMAIL / ADMIN_PASSWORD', () => {
  it('is optional, and normalises the email', () => {
    expect(readAdminSeed({})).toBeUndefined();
    expect(readAdminSeed({ ADMIN_EMAIL: ' Ops@Example.COM ', ADMIN_PASSWORD: 'twelve chars' })).toEqual({
      email: 'ops@example.com',
      password: 'twelve chars',
    });
  });

  it('needs both or neither, a real address and a 12+ character password', () => {
    expect(() => readAdminSeed({ ADMIN_EMAIL: 'ops@example.com' })).toThrow(/ADMIN_PASSWORD: is required when ADMIN_EMAIL is set/);
    expect(() => readAdminSeed({ ADMIN_PASSWORD: 'twelve chars' })).toThrow(/ADMIN_EMAIL: is required/);
    expect(() => readAdminSeed({ ADMIN_EMAIL: 'ops', ADMIN_PASSWORD: 'twelve chars' })).toThrow(/ADMIN_EMAIL: is not an email address/);
    expect(() => readAdminSeed({ ADMIN_EMAIL: 'ops@example.com', ADMIN_PASSWORD: 'short' })).toThrow(/ADMIN_PASSWORD: must be 12-256/);
  });
});
