import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PassThrough, Readable } from 'stream';
import { runCli, type CliIO } from './cli';

const EXAMPLES = path.resolve(__dirname, '../../docs/examples');

interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

function collect(stream: PassThrough): () => string {
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return () => Buffer.concat(chunks).toString('utf8');
}

async function run(argv: string[], stdinText = ''): Promise<Captured> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out = collect(stdout);
  const err = collect(stderr);
  const io: CliIO = { stdin: Readable.from([Buffer.from(stdinText)]), stdout, stderr };
  const code = await runCli(argv, io);
  return { code, stdout: out(), stderr: err() };
}

const tempDirs: string[] = [];

afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

function tempFile(name: string, content: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'citra-cli-'));
  tempDirs.push(dir);
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

describe('citra CLI', () => {
  it('prints a readable report for a profile file', async () => {
    const result = await run(['audit', path.join(EXAMPLES, 'strong-en.json')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Overall: ');
    expect(result.stdout).toContain('Headline clarity');
    expect(result.stdout).toContain('What a recruiter sees');
    expect(result.stderr).toBe('');
  });

  it('prints the report as JSON with --json and honours --locale', async () => {
    const result = await run(['audit', path.join(EXAMPLES, 'strong-en.json'), '--json', '--locale', 'id']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.locale).toBe('id');
    expect(report.scores.overall.grade).toBe('A');
  });

  it('measures activity against today unless --reference-date names a day, and says which day it used', async () => {
    const file = path.join(EXAMPLES, 'strong-en.json');
    const today = new Date().toISOString().slice(0, 10);
    const byDefault = JSON.parse((await run(['audit', file, '--json'])).stdout);
    const dated = JSON.parse((await run(['audit', file, '--json', '--reference-date', '2031-01-15'])).stdout);
    // A run across midnight UTC may see the next day.
    expect([today, new Date().toISOString().slice(0, 10)]).toContain(byDefault.referenceDate);
    expect(dated.referenceDate).toBe('2031-01-15');
    const activity = (report: { scores: { consistency: { components: { key: string; value: number }[] } } }) =>
      report.scores.consistency.components.find((component) => component.key === 'activity')?.value;
    expect(activity(dated)).toBeLessThan(activity(byDefault) ?? 0);
  });

  it('reads standard input with -', async () => {
    const profile = fs.readFileSync(path.join(EXAMPLES, 'risky-id.json'), 'utf8');
    const result = await run(['audit', '-', '--json'], profile);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).flags.map((flag: { category: string }) => flag.category)).toContain('gambling');
  });

  it('exits 2 with the reason for a missing file, bad JSON or an invalid profile', async () => {
    const missing = await run(['audit', '/nonexistent/profile.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read');

    const badJson = await run(['audit', tempFile('bad.json', '{"sources": [')]);
    expect(badJson.code).toBe(2);
    expect(badJson.stderr).toContain('not valid JSON');

    const invalid = await run(['audit', tempFile('invalid.json', JSON.stringify({ sources: [{ platform: 'myspace' }] }))]);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain('sources[0].platform');
    expect(invalid.stdout).toBe('');
  });

  it('exits 2 on bad arguments and prints help with --help', async () => {
    expect((await run(['audit'])).code).toBe(2);
    expect((await run(['audit', 'x.json', '--locale', 'fr'])).stderr).toContain('--locale must be one of');
    expect((await run(['frobnicate'])).code).toBe(2);
    expect((await run(['audit', 'x.json', '--reference-date', 'tomorrow'])).stderr).toContain('--reference-date must be a calendar date YYYY-MM-DD');
    expect((await run(['audit', 'x.json', '--reference-date', '2026-02-30'])).code).toBe(2);
    expect((await run(['audit', 'x.json', '--reference-date=2026-02-01T10:00:00Z'])).code).toBe(2);
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('citra audit --batch');
  });

  it('audits a JSONL batch line by line, reporting bad lines and exiting 2 at the end', async () => {
    const good = JSON.stringify(JSON.parse(fs.readFileSync(path.join(EXAMPLES, 'strong-en.json'), 'utf8')));
    const input = [good, '{not json', '', JSON.stringify({ sources: [] }), good].join('\n');
    const result = await run(['audit', '--batch', '-'], input);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(4);
    expect(lines[0].engineVersion).toBeDefined();
    expect(lines[1]).toMatchObject({ line: 2, error: expect.stringContaining('invalid JSON') });
    expect(lines[2]).toMatchObject({ line: 4, error: 'invalid profile', errors: [{ path: 'sources', message: 'must have at least one source' }] });
    expect(lines[3]).toEqual(lines[0]);
    expect(result.code).toBe(2);
  });

  it('exits 0 for a clean batch read from a file', async () => {
    const good = JSON.stringify(JSON.parse(fs.readFileSync(path.join(EXAMPLES, 'risky-id.json'), 'utf8')));
    const result = await run(['audit', '--batch', tempFile('batch.jsonl', `${good}\n${good}\n`)]);
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(2);
  });
});
