import { promises as fs } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import type { Readable, Writable } from 'node:stream';
import { PROFILE_LIMITS, type Source } from '../analysis/types';
import { ConfigError } from '../config/env';
import { isImportError, megabytes } from './errors';
import { type ImportSettings, readImportSettings } from './import-settings';
import { importGitHub } from './parsers/github';
import { ImportRunner } from './runner/import-runner';
import { FILE_PLATFORMS, type FilePlatform, type ImportInput, type ImportOptions, type ImportResult } from './types';

export interface ImportCliIO {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

const EXIT_OK = 0;
const EXIT_INPUT_ERROR = 2;

export const IMPORT_USAGE = `Usage:
  citra import FILE... [--platform linkedin|x|instagram|tiktok|facebook] [--include-replies]
  citra import --github USERNAME [FILE...]

  FILE               a platform's own download: LinkedIn's data export ZIP or "Save to PDF" profile,
                     the X archive ZIP, Instagram's or Facebook's download ZIP (JSON format), TikTok's
                     user_data_tiktok.json (or its ZIP); - reads standard input
  --platform         the platform the file(s) must come from (refused otherwise)
  --include-replies  X: keep replies to other accounts (left out by default)
  --github USERNAME  also read this GitHub profile through the public API (GITHUB_API_URL, GITHUB_TOKEN)

Prints the profile JSON ({"sources": [...]}, one source a file) for \`citra audit\`, and on standard
error what was read, kept and left out. Only the files and fields listed in docs/imports.md are read.
Limits come from the same settings as the API (IMPORT_MAX_FILE_MB, IMPORT_HEAP_MB, ...).
Exit codes: 0 success, 2 a file or an argument was refused (the reason on standard error).
`;

class UsageError extends Error {}

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  platform: { type: 'string' },
  'include-replies': { type: 'boolean' },
  github: { type: 'string' },
} as const;

interface ImportArgs {
  help: boolean;
  files: string[];
  github?: string;
  options: ImportOptions;
}

export function parseImportArgs(argv: readonly string[]): ImportArgs {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
  const { values, positionals } = parsed;
  const args: ImportArgs = { help: values.help === true, files: positionals, github: values.github, options: {} };
  if (values['include-replies']) args.options.includeReplies = true;
  if (values.platform !== undefined) {
    if (!(FILE_PLATFORMS as readonly string[]).includes(values.platform)) throw new UsageError(`--platform must be one of ${FILE_PLATFORMS.join(', ')}`);
    args.options.platform = values.platform as FilePlatform;
  }
  if (!args.help && args.files.length === 0 && args.github === undefined) throw new UsageError('missing FILE (or --github USERNAME)');
  if (args.files.length + (args.github ? 1 : 0) > PROFILE_LIMITS.sources) throw new UsageError(`a profile has at most ${PROFILE_LIMITS.sources} sources`);
  return args;
}

function write(stream: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => stream.write(text, (error) => (error ? reject(error) : resolve())));
}

async function readStdin(stream: Readable, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += buffer.length;
    if (total > maxBytes) throw new UsageError(`standard input is larger than ${megabytes(maxBytes)}`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

async function inputFor(file: string, io: ImportCliIO, settings: ImportSettings): Promise<ImportInput> {
  if (file === '-') return { name: 'standard input', bytes: await readStdin(io.stdin, settings.limits.maxFileBytes) };
  const stat = await fs.stat(file).catch((error: Error) => {
    throw new UsageError(`cannot read ${file}: ${error.message}`);
  });
  if (!stat.isFile()) throw new UsageError(`${file} is not a file`);
  return { name: basename(file), path: file };
}

/** What was read, kept and left out, for a person reading the terminal. */
export function describeResult(label: string, result: ImportResult): string {
  const lines = [`${label}: ${result.format} (${result.platform}), ${result.counts.postsKept} of ${result.counts.postsFound} posts kept`];
  for (const item of result.skipped) lines.push(`  left out: ${item.count} × ${item.code} (${item.reason})`);
  for (const warning of result.warnings) lines.push(`  check: ${warning}`);
  lines.push(`  read: ${result.filesRead.join(', ') || '(nothing)'}`);
  return `${lines.join('\n')}\n`;
}

/** `citra import`: each file (and the GitHub profile) into one source; the profile JSON on stdout. */
export async function runImportCli(argv: readonly string[], io: ImportCliIO, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let args: ImportArgs;
  let settings: ImportSettings;
  try {
    args = parseImportArgs(argv);
    settings = readImportSettings(env);
  } catch (error) {
    if (!(error instanceof UsageError) && !(error instanceof ConfigError)) throw error;
    await write(io.stderr, `citra import: ${error.message}\n\n${IMPORT_USAGE}`);
    return EXIT_INPUT_ERROR;
  }
  if (args.help) {
    await write(io.stdout, IMPORT_USAGE);
    return EXIT_OK;
  }
  const runner = new ImportRunner(settings);
  const { github } = args;
  const tasks: { label: string; run: () => Promise<ImportResult> }[] = args.files.map((file) => ({
    label: file,
    run: async () => runner.run(await inputFor(file, io, settings), args.options),
  }));
  if (github !== undefined) tasks.push({ label: `GitHub ${github}`, run: () => importGitHub(github, settings.github) });
  const sources: Source[] = [];
  for (const task of tasks) {
    try {
      const result = await task.run();
      sources.push(...result.sources);
      await write(io.stderr, describeResult(task.label, result));
    } catch (error) {
      if (!isImportError(error) && !(error instanceof UsageError)) throw error;
      await write(io.stderr, `citra import: ${task.label}: ${error.message}\n`);
      return EXIT_INPUT_ERROR;
    }
  }
  await write(io.stdout, `${JSON.stringify({ sources }, null, 2)}\n`);
  return EXIT_OK;
}
