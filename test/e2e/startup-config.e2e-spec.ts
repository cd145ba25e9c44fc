import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

/** main.ts in its own process, as `npm run start:api` runs it (compiled on the fly by swc). */
function startApiWith(env: Record<string, string>) {
  return spawnSync(process.execPath, ['-r', resolve(ROOT, 'test/support/swc-register.js'), resolve(ROOT, 'src/main.ts')], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('Start-up with bad settings', () => {
  it.each([
    ['PORT', 'eighty'],
    ['DATABASE_URL', 'mysql://localhost/citra'],
    ['REDIS_URL', 'not a url'],
    ['AUDIT_JOB_ATTEMPTS', '0'],
  ])('the API process refuses to start when %s=%s, naming the variable', (variable, value) => {
    const result = startApiWith({ [variable]: value });
    expect(result.status).toBe(1);
    expect(result.stderr + result.stdout).toMatch(new RegExp(`Invalid environment variable ${variable}`));
  });
});
