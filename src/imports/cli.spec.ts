import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { runCli } from '../analysis/cli';
import { type FakeGitHub, startFakeGitHub } from '../../test/imports/fake-github';
import { pdfOf, zipOf } from './testing/builders';
import { facebookEntries, instagramEntries, linkedinExportEntries, linkedinPdfLines, PRIVATE, tiktokDocument, xArchiveEntries } from './testing/fixtures';
import { runImportCli } from './cli';

let dir: string;
let github: FakeGitHub;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'citra-import-cli-'));
  github = await startFakeGitHub();
  const files: Record<string, Buffer> = {
    'Basic_LinkedInDataExport_01-15-2026.zip': await zipOf(linkedinExportEntries()),
    'Profile.pdf': await pdfOf(linkedinPdfLines()),
    'twitter-2026-01-15.zip': await zipOf(xArchiveEntries()),
    'instagram-bayu.santoso-2026-01-15.zip': await zipOf(instagramEntries()),
    'facebook-bayusantoso-2026-01-15.zip': await zipOf(facebookEntries()),
    'user_data_tiktok.json': Buffer.from(tiktokDocument()),
  };
  for (const [name, bytes] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), bytes);
});

afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await github.close();
});

async function run(argv: string[], env: NodeJS.ProcessEnv = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  stderr.on('data', (chunk: Buffer) => err.push(chunk));
  const code = await runImportCli(argv, { stdin: Readable.from([]), stdout, stderr }, env);
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

/** The tests start parser threads that compile their TypeScript; a loaded machine makes that slow. */
const THREAD_TEST_TIMEOUT_MS = 60_000;

describe('citra import', () => {
  it('turns every format, and a GitHub profile, into one profile whose audit runs', async () => {
    const names = fs.readdirSync(dir).sort().map((name) => path.join(dir, name));
    const result = await run([...names, '--github', 'bayu-santoso'], { GITHUB_API_URL: github.url });
    expect(result.stderr).not.toContain('citra import:');
    expect(result.code).toBe(0);
    const profile = JSON.parse(result.stdout);
    expect(profile.sources.map((source: { platform: string }) => source.platform)).toEqual(['linkedin', 'linkedin', 'facebook', 'instagram', 'x', 'tiktok', 'github']);
    expect(result.stdout).not.toContain(PRIVATE);
    expect(result.stderr).toContain('twitter-2026-01-15.zip: x-archive (x), 6 of 8 posts kept');
    expect(result.stderr).toContain('left out: 1 × retweets');
    expect(result.stderr).toContain('read: data/account.js, data/profile.js, data/tweets-part1.js, data/tweets.js');

    const profileFile = path.join(dir, 'profile.json');
    fs.writeFileSync(profileFile, result.stdout);
    const stdout = new PassThrough();
    const out: Buffer[] = [];
    stdout.on('data', (chunk: Buffer) => out.push(chunk));
    const code = await runCli(['audit', profileFile, '--json'], { stdin: Readable.from([]), stdout, stderr: new PassThrough() });
    expect(code).toBe(0);
    const report = JSON.parse(Buffer.concat(out).toString('utf8'));
    expect(report.language.sources).toHaveLength(7);
    expect(report.scores.overall.value).toBeGreaterThan(0);
  }, THREAD_TEST_TIMEOUT_MS);

  it('is reached through the citra command, and refuses a bad file or argument with exit code 2', async () => {
    const help = new PassThrough();
    const chunks: Buffer[] = [];
    help.on('data', (chunk: Buffer) => chunks.push(chunk));
    expect(await runCli(['import', '--help'], { stdin: Readable.from([]), stdout: help, stderr: new PassThrough() })).toBe(0);
    expect(Buffer.concat(chunks).toString('utf8')).toContain('citra import FILE...');

    const wrongPlatform = await run([path.join(dir, 'Profile.pdf'), '--platform', 'x']);
    expect(wrongPlatform).toMatchObject({ code: 2, stdout: '' });
    expect(wrongPlatform.stderr).toContain('Profile.pdf is a PDF, which only LinkedIn exports are; it is not an X export.');
    expect((await run([path.join(dir, 'missing.zip')])).stderr).toContain('cannot read');
    expect((await run(['--platform', 'myspace', 'x.zip'])).stderr).toContain('--platform must be one of linkedin, x, instagram, tiktok, facebook');
    expect((await run([])).stderr).toContain('missing FILE');
    expect((await run(['x.zip'], { IMPORT_HEAP_MB: 'lots' })).stderr).toContain('Invalid environment variable IMPORT_HEAP_MB');
  }, THREAD_TEST_TIMEOUT_MS);
});
