import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocBlock } from './doc-blocks';

export type Shell = 'bash' | 'zsh';

/** What went wrong in one block: the reasons, and what it printed. */
export interface BlockFailure {
  where: string;
  reasons: string[];
  output: string;
}

export interface DocRunOptions {
  /** The checkout the commands run in (its root is the working directory). */
  root: string;
  shell: Shell;
  blocks: readonly DocBlock[];
  /** The started instance, e.g. http://localhost:41234: replaces `localhost:3000` in the blocks. */
  baseUrl: string;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
}

const START = '@@docs-test block';
const END = '@@docs-test end';

/**
 * `curl` is wrapped to record the status of every HTTP answer (its own -D header dump), so the test
 * can refuse a 5xx, and a 4xx the block does not announce in a comment (e.g. `# 404`).
 */
const PREAMBLE = `exec 2>&1
set -e
set -o pipefail
curl() {
  local __docs_headers __docs_status
  __docs_headers=$(mktemp)
  command curl -D "$__docs_headers" "$@" || { __docs_status=$?; rm -f "$__docs_headers"; return $__docs_status; }
  printf '%s\\n' "$(awk '/^HTTP\\//{code=$2} END{print code}' "$__docs_headers")" >> "$DOCS_TEST_HTTP_LOG"
  rm -f "$__docs_headers"
}
`;

/** Runs the blocks of one file in one shell, as written except for the instance's address; returns the failures. */
export async function runDocBlocks(options: DocRunOptions): Promise<BlockFailure[]> {
  const work = mkdtempSync(join(tmpdir(), 'citra-docs-'));
  const httpLog = join(work, 'http.log');
  const script = join(work, `script.${options.shell}`);
  const address = new URL(options.baseUrl).host;
  const parts = [PREAMBLE];
  options.blocks.forEach((block, index) => {
    parts.push(`printf '\\n${START} ${index}\\n'; printf '${START} ${index}\\n' >> "$DOCS_TEST_HTTP_LOG"`);
    parts.push(block.code.replaceAll('localhost:3000', address));
    parts.push(`printf '\\n${END} ${index}\\n'`);
  });
  writeFileSync(script, `${parts.join('\n')}\n`);
  writeFileSync(httpLog, '');
  try {
    const args = options.shell === 'bash' ? ['--noprofile', '--norc', script] : ['-f', script];
    const { output, code, timedOut } = await run(options.shell, args, {
      cwd: options.root,
      env: { ...options.env, CITRA_URL: options.baseUrl, DOCS_TEST_HTTP_LOG: httpLog },
      timeoutMs: options.timeoutMs,
    });
    return analyse(options, output, readFileSync(httpLog, 'utf8'), code, timedOut);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function analyse(options: DocRunOptions, output: string, httpLog: string, code: number | null, timedOut: boolean): BlockFailure[] {
  const outputs = splitByBlock(output, (index) => `\n${START} ${index}\n`);
  const statuses = splitByBlock(`\n${httpLog}`, (index) => `\n${START} ${index}\n`);
  const failures: BlockFailure[] = [];
  options.blocks.forEach((block, index) => {
    const printed = outputs[index];
    if (printed === undefined) return;
    const finished = printed.includes(`\n${END} ${index}\n`);
    const text = printed.split(`\n${END} ${index}\n`)[0]!.trim();
    const reasons: string[] = [];
    if (!finished) reasons.push(timedOut ? `still running after ${options.timeoutMs} ms` : `a command failed (the shell exited ${code})`);
    if (/^undefined$/m.test(text)) reasons.push('printed `undefined`: a JSON field it reads is not in the answer');
    for (const status of (statuses[index] ?? '').split('\n').filter((line) => /^\d{3}$/.test(line))) {
      if (status.startsWith('5')) reasons.push(`an HTTP request answered ${status}`);
      else if (status.startsWith('4') && !new RegExp(`#.*\\b${status}\\b`).test(block.code)) {
        reasons.push(`an HTTP request answered ${status}, which no comment in the block announces (e.g. "# ${status}")`);
      }
    }
    if (reasons.length > 0) failures.push({ where: `${block.file}:${block.line} (${options.shell})`, reasons: [...new Set(reasons)], output: text });
  });
  return failures;
}

/** The text after each block's start marker, up to the next one. */
function splitByBlock(text: string, marker: (index: number) => string): (string | undefined)[] {
  const parts: (string | undefined)[] = [];
  for (let index = 0; ; index += 1) {
    const start = text.indexOf(marker(index));
    if (start < 0) return parts;
    const next = text.indexOf(marker(index + 1), start);
    parts.push(`${text.slice(start + marker(index).length, next < 0 ? undefined : next)}\n`);
  }
}

function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number }) {
  return new Promise<{ output: string; code: number | null; timedOut: boolean }>((resolveRun) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let timedOut = false;
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      timedOut = true;
      process.kill(-child.pid!, 'SIGKILL');
    }, options.timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolveRun({ output, code, timedOut });
    });
  });
}

/** One readable report of every failure, for the test's message. */
export function describeFailures(failures: readonly BlockFailure[]): string {
  return failures
    .map((failure) => `${failure.where}: ${failure.reasons.join('; ')}\n${failure.output.split('\n').slice(-25).map((line) => `    | ${line}`).join('\n')}`)
    .join('\n\n');
}
