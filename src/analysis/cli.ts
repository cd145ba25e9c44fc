#!/usr/bin/env node
import { createReadStream, promises as fs } from 'fs';
import { createInterface } from 'readline';
import type { Readable, Writable } from 'stream';
import { runImportCli } from '../imports/cli';
import { auditProfile, type AuditOptions } from './index';
import { renderReportText } from './report/render-text';
import { REPORT_LOCALES, type ReportLocale } from './types';
import { isIsoDate, validateProfile, type ValidationError } from './validate';

export interface CliIO {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

export const EXIT_OK = 0;
export const EXIT_INPUT_ERROR = 2;

const USAGE = `Usage:
  citra audit FILE|- [--json] [--locale id|en] [--reference-date YYYY-MM-DD]
  citra audit --batch FILE.jsonl|- [--locale id|en] [--reference-date YYYY-MM-DD]
  citra import FILE... [--platform P]   (a platform's own download to profile JSON; citra import --help)
  citra --help

  FILE            a profile JSON file, or - to read standard input
  --json          print the report as JSON instead of text
  --locale        language of the report (default: the profile's locale, else its main language)
  --reference-date  day activity recency is measured against (default: today, UTC)
  --batch         one profile JSON per line in, one report JSON per line out;
                  a bad line prints {"line":N,"error":...} and the run exits 2 at the end

Exit codes: 0 success, 2 unreadable file, bad JSON, invalid profile or bad arguments.
`;

interface CliArgs {
  help: boolean;
  json: boolean;
  batch?: string;
  file?: string;
  locale?: ReportLocale;
  referenceDate?: string;
}

class UsageError extends Error {}

function parseLocale(value: string): ReportLocale {
  if (!(REPORT_LOCALES as readonly string[]).includes(value)) throw new UsageError(`--locale must be one of ${REPORT_LOCALES.join(', ')}`);
  return value as ReportLocale;
}

function parseDate(value: string): string {
  if (value.length !== 10 || !isIsoDate(value)) throw new UsageError(`--reference-date must be a calendar date YYYY-MM-DD, got "${value}"`);
  return value;
}

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { help: false, json: false };
  const positional: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    const equals = argument.startsWith('--') ? argument.indexOf('=') : -1;
    const flag = equals > 0 ? argument.slice(0, equals) : argument;
    const value = (): string => {
      if (equals > 0) return argument.slice(equals + 1);
      const next = argv[index + 1];
      if (next === undefined || (next.startsWith('--') && next.length > 2)) throw new UsageError(`${flag} needs a value`);
      index += 1;
      return next;
    };
    if (flag === '--help' || flag === '-h') args.help = true;
    else if (flag === '--json') args.json = true;
    else if (flag === '--locale') args.locale = parseLocale(value());
    else if (flag === '--batch') args.batch = value();
    else if (flag === '--reference-date') args.referenceDate = parseDate(value());
    else if (flag.startsWith('--')) throw new UsageError(`unknown option ${flag}`);
    else positional.push(argument);
  }
  if (args.help) return args;
  if (positional[0] !== 'audit') throw new UsageError(positional.length === 0 ? 'missing command' : `unknown command ${positional[0]}`);
  if (positional.length > 2) throw new UsageError('too many arguments');
  args.file = positional[1];
  if (args.batch !== undefined && args.file !== undefined) throw new UsageError('give either FILE or --batch FILE, not both');
  if (args.batch === undefined && args.file === undefined) throw new UsageError('missing FILE (use - for standard input)');
  return args;
}

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

function write(stream: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (error) => (error ? reject(error) : resolve()));
  });
}

function describeErrors(errors: readonly ValidationError[]): string {
  return errors.map((error) => `  ${error.path || '(profile)'}: ${error.message}`).join('\n');
}

/** Activity is measured against today unless the user names a day, so a stale profile reads as stale. */
function auditOptions(args: CliArgs, today: Date = new Date()): AuditOptions {
  return { locale: args.locale, referenceDate: args.referenceDate ?? today.toISOString().slice(0, 10) };
}

function inputName(file: string): string {
  return file === '-' ? 'standard input' : file;
}

async function auditOne(args: CliArgs, io: CliIO): Promise<number> {
  const file = args.file as string;
  const name = inputName(file);
  let raw: string;
  try {
    raw = file === '-' ? await readAll(io.stdin) : await fs.readFile(file, 'utf8');
  } catch (error) {
    await write(io.stderr, `citra: cannot read ${name}: ${(error as Error).message}\n`);
    return EXIT_INPUT_ERROR;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(withoutByteOrderMark(raw));
  } catch (error) {
    await write(io.stderr, `citra: ${name} is not valid JSON: ${(error as Error).message}\n`);
    return EXIT_INPUT_ERROR;
  }
  const validation = validateProfile(parsed);
  if (!validation.ok) {
    await write(io.stderr, `citra: ${name} is not a valid profile:\n${describeErrors(validation.errors)}\n`);
    return EXIT_INPUT_ERROR;
  }
  const report = auditProfile(validation.profile, auditOptions(args));
  await write(io.stdout, args.json ? `${JSON.stringify(report, null, 2)}\n` : renderReportText(report));
  return EXIT_OK;
}

function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function batchLine(line: string, lineNumber: number, args: CliArgs): { output: string; failed: boolean } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(lineNumber === 1 ? withoutByteOrderMark(line) : line);
  } catch (error) {
    return { output: JSON.stringify({ line: lineNumber, error: `invalid JSON: ${(error as Error).message}` }), failed: true };
  }
  const validation = validateProfile(parsed);
  if (!validation.ok) return { output: JSON.stringify({ line: lineNumber, error: 'invalid profile', errors: validation.errors }), failed: true };
  return { output: JSON.stringify(auditProfile(validation.profile, auditOptions(args))), failed: false };
}

async function auditBatch(args: CliArgs, io: CliIO): Promise<number> {
  const file = args.batch as string;
  let input: Readable;
  if (file === '-') input = io.stdin;
  else {
    try {
      await fs.access(file);
    } catch (error) {
      await write(io.stderr, `citra: cannot read ${file}: ${(error as Error).message}\n`);
      return EXIT_INPUT_ERROR;
    }
    input = createReadStream(file, { encoding: 'utf8' });
  }
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  let failures = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim().length === 0) continue;
    const result = batchLine(line, lineNumber, args);
    if (result.failed) failures += 1;
    await write(io.stdout, `${result.output}\n`);
  }
  if (failures > 0) await write(io.stderr, `citra: ${failures} of the input lines failed\n`);
  return failures > 0 ? EXIT_INPUT_ERROR : EXIT_OK;
}

/** The command line, callable with any streams (tests pass in-memory ones). Resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  // `citra import` belongs to src/imports (docs/imports.md).
  if (argv[0] === 'import') return runImportCli(argv.slice(1), io);
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    await write(io.stderr, `citra: ${error.message}\n\n${USAGE}`);
    return EXIT_INPUT_ERROR;
  }
  if (args.help) {
    await write(io.stdout, USAGE);
    return EXIT_OK;
  }
  return args.batch !== undefined ? auditBatch(args, io) : auditOne(args, io);
}

if (require.main === module) {
  // A closed pipe (`citra audit x | head`) is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT_OK);
    throw error;
  });
  runCli(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`citra: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
