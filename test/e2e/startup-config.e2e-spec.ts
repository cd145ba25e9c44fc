import { Test } from '@nestjs/testing';
import { AppModule } from '../../src/app.module';

describe('Start-up with bad settings', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it.each([
    ['PORT', 'eighty'],
    ['DATABASE_URL', 'mysql://localhost/citra'],
    ['REDIS_URL', 'not a url'],
    ['AUDIT_JOB_ATTEMPTS', '0'],
  ])('refuses to start when %s=%s, naming the variable', async (variable, value) => {
    process.env[variable] = value;
    const compiling = Test.createTestingModule({ imports: [AppModule.forRoot({ workers: false })] }).compile();
    await expect(compiling).rejects.toThrow(new RegExp(`Invalid environment variable ${variable}`));
  });
});
