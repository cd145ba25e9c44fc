import type { INestApplication } from '@nestjs/common';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { pdfOf, zipOf } from '../../src/imports/testing/builders';
import { type FakeGitHub, startFakeGitHub } from '../imports/fake-github';
import { linkedinPdfLines, PRIVATE, xArchiveEntries } from '../../src/imports/testing/fixtures';
import { createAccount, type TestAccount } from './support/auth';
import { createTestEnvironment, startTestApp, type TestEnvironment, waitFor } from './support/test-app';

const SETTINGS = { IMPORT_MAX_FILE_MB: '1', IMPORT_MAX_EXTRACTED_MB: '2', IMPORT_CONCURRENCY: '1' };

describe('Imports API (real AppModule, Postgres, Redis, worker in-process)', () => {
  let env: TestEnvironment;
  let app: INestApplication;
  let github: FakeGitHub;
  let candidate: TestAccount;
  let recruiter: TestAccount;
  let xArchive: Buffer;

  beforeAll(async () => {
    env = await createTestEnvironment();
    github = await startFakeGitHub();
    Object.assign(process.env, SETTINGS, { GITHUB_API_URL: github.url });
    app = await startTestApp({ workers: true });
    await app.listen(0, '127.0.0.1');
    candidate = await createAccount(app, 'candidate');
    recruiter = await createAccount(app, 'recruiter');
    xArchive = await zipOf(xArchiveEntries());
  });

  afterAll(async () => {
    await app?.close();
    await github?.close();
    for (const name of [...Object.keys(SETTINGS), 'GITHUB_API_URL']) delete process.env[name];
    await env?.destroy();
  });

  const upload = (file: Buffer, name: string, account: TestAccount = candidate) =>
    request(app.getHttpServer()).post('/api/v1/imports').set(account.auth).attach('file', file, name);

  it('previews an X archive, stores nothing, and its sources go through an audit as they are', async () => {
    const preview = await upload(xArchive, 'twitter-2026-01-15.zip').expect(200);
    expect(preview.body).toMatchObject({
      format: 'x-archive',
      platform: 'x',
      counts: { postsFound: 8, postsKept: 6 },
      skipped: [expect.objectContaining({ code: 'retweets', count: 1 }), expect.objectContaining({ code: 'replies', count: 1 })],
      filesRead: ['data/account.js', 'data/profile.js', 'data/tweets-part1.js', 'data/tweets.js'],
    });
    expect(JSON.stringify(preview.body)).not.toContain(PRIVATE);
    const listed = await request(app.getHttpServer()).get('/api/v1/audits').set(candidate.auth).expect(200);
    expect(listed.body.total).toBe(0);

    const submitted = await request(app.getHttpServer()).post('/api/v1/audits').set(candidate.auth).send({ sources: preview.body.sources }).expect(202);
    const audit = await waitFor(async () => {
      const response = await request(app.getHttpServer()).get(submitted.body.url).set(candidate.auth).expect(200);
      return ['completed', 'failed'].includes(response.body.status) ? response.body : undefined;
    });
    expect(audit.status).toBe('completed');
    expect(audit.report.language.sources).toHaveLength(1);
  });

  it('keeps replies when asked, and takes a LinkedIn PDF', async () => {
    const withReplies = await upload(xArchive, 'x.zip').field('includeReplies', 'true').field('platform', 'x').expect(200);
    expect(withReplies.body.counts.postsKept).toBe(7);
    const pdf = await upload(await pdfOf(linkedinPdfLines()), 'Profile.pdf').expect(200);
    expect(pdf.body.sources[0]).toMatchObject({ platform: 'linkedin', displayName: 'Bayu Santoso' });
  });

  it('is for signed-in candidates only', async () => {
    await request(app.getHttpServer()).post('/api/v1/imports').attach('file', xArchive, 'x.zip').expect(401);
    await upload(xArchive, 'x.zip', recruiter).expect(403);
    await request(app.getHttpServer()).post('/api/v1/imports/github').set(recruiter.auth).send({ username: 'bayu-santoso' }).expect(403);
  });

  it('answers bad requests and hostile files with a 4xx naming the field', async () => {
    const noFile = await request(app.getHttpServer()).post('/api/v1/imports').set(candidate.auth).field('platform', 'x').expect(400);
    expect(noFile.body.details).toEqual([{ field: 'file', message: expect.stringContaining('is required') }]);
    const badPlatform = await upload(xArchive, 'x.zip').field('platform', 'myspace').expect(400);
    expect(badPlatform.body.details).toEqual([expect.objectContaining({ field: 'platform' })]);
    const otherPlatform = await upload(xArchive, 'x.zip').field('platform', 'linkedin').expect(422);
    expect(otherPlatform.body.details).toEqual([{ field: 'platform', message: 'x.zip is an X export, not a LinkedIn one.' }]);
    await upload(xArchive, 'x.zip').field('extra', '1').expect(400);

    const tooBig = await upload(Buffer.alloc(1_200_000, 1), 'big.zip').expect(413);
    expect(tooBig.body).toMatchObject({ statusCode: 413, details: [{ field: 'file', message: expect.stringContaining('larger than 1 MB, the import limit') }] });
    const disguised = await upload(xArchive, 'Profile.pdf').expect(415);
    expect(disguised.body.details[0]).toEqual({ field: 'file', message: expect.stringContaining('is not what its name says') });
    const bomb = await zipOf({ 'data/account.js': 'window.YTD.account.part0 = []', 'data/tweets.js': Buffer.alloc(3 << 20, 0x20) });
    await upload(bomb, 'bomb.zip').expect(413);
    const encrypted = await upload(await pdfOf(linkedinPdfLines(), { encrypt: true }), 'Profile.pdf').expect(422);
    expect(encrypted.body.message).toContain('encrypted');
  });

  it('refuses a second upload while one is being received (IMPORT_CONCURRENCY=1), with Retry-After', async () => {
    const { port } = app.getHttpServer().address() as AddressInfo;
    const boundary = 'citra-test-boundary';
    const slow = httpRequest({
      host: '127.0.0.1',
      port,
      path: '/api/v1/imports',
      method: 'POST',
      headers: { ...candidate.auth, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': '100000' },
    });
    slow.on('error', () => undefined);
    slow.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="x.zip"\r\nContent-Type: application/zip\r\n\r\nPK`);
    try {
      const busy = await waitFor(async () => {
        const response = await upload(xArchive, 'x.zip');
        return response.status === 503 ? response : undefined;
      }, 10_000, 'the import slot to be taken');
      expect(busy.headers['retry-after']).toBe('5');
      expect(busy.body.details).toEqual([{ field: 'file', message: expect.stringContaining('try again in a few seconds') }]);
    } finally {
      slow.destroy();
    }
    await waitFor(async () => ((await upload(xArchive, 'x.zip')).status === 200 ? true : undefined), 10_000, 'the slot to be free again');
  });

  it('previews a GitHub profile by username, and names the field when it fails', async () => {
    const preview = await request(app.getHttpServer()).post('/api/v1/imports/github').set(candidate.auth).send({ username: 'bayu-santoso' }).expect(200);
    expect(preview.body).toMatchObject({ format: 'github', sources: [expect.objectContaining({ platform: 'github', handle: 'bayu-santoso' })] });
    const missing = await request(app.getHttpServer()).post('/api/v1/imports/github').set(candidate.auth).send({ username: 'nobody-here' }).expect(404);
    expect(missing.body.details).toEqual([{ field: 'username', message: 'GitHub has no user nobody-here.' }]);
    const limited = await request(app.getHttpServer()).post('/api/v1/imports/github').set(candidate.auth).send({ username: 'rate-limited' }).expect(503);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    const invalid = await request(app.getHttpServer()).post('/api/v1/imports/github').set(candidate.auth).send({ username: 'no spaces allowed' }).expect(400);
    expect(invalid.body.details).toEqual([{ field: 'username', message: expect.stringContaining('must be a GitHub username') }]);
  });
});
