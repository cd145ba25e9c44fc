/**
 * `npm run eval`: measures the engine on the labelled sets in a data folder and checks the floors.
 *
 *   node dist/scripts/eval/index.js [--data DIR] [--task NAME]
 *
 * `--task profiles` (repeatable) runs only the named tasks.
 * DIR defaults to the team's labelled sets in `<repo root>/../shared/eval` when that folder exists, else
 * to the sets that ship with the project, `<repo root>/test/eval-data` (a clone has only these). Exit 0: every floor held; 1: a floor failed or a
 * task crashed; 2: bad arguments or a missing data folder.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve, join } from 'node:path';
import type { EvalResult, EvalTask } from './task';
import { idSentimentTask } from './id-sentiment';
import { enSentimentTask } from './en-sentiment';
import { gamblingTask } from './gambling';
import { offensiveTask } from './offensive';
import { contextTask } from './context';
import { profilesTask } from './profiles';

export const ALL_TASKS: readonly EvalTask[] = [idSentimentTask, gamblingTask, offensiveTask, enSentimentTask, profilesTask, contextTask];

/** The compiled runner lives in `<repo root>/dist/scripts/eval/`. */
export function defaultDataDir(runnerDir: string = __dirname, exists: (path: string) => boolean = existsSync): string {
  const repoRoot = resolve(runnerDir, '..', '..', '..');
  const teamSets = resolve(repoRoot, '..', 'shared', 'eval');
  return exists(teamSets) ? teamSets : resolve(repoRoot, 'test', 'eval-data');
}

export type ParsedArgs = { ok: true; dataDir: string; tasks?: string[] } | { ok: false; error: string };

export function parseArgs(args: readonly string[], fallbackDataDir: string = defaultDataDir()): ParsedArgs {
  let dataDir = fallbackDataDir;
  let tasks: string[] | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--task' || arg.startsWith('--task=')) {
      const value = arg === '--task' ? args[++i] : arg.slice('--task='.length);
      if (value === undefined || value === '' || value.startsWith('--')) return { ok: false, error: '--task needs a task name' };
      tasks = [...(tasks ?? []), value];
    } else if (arg === '--data') {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('--')) return { ok: false, error: '--data needs a folder' };
      dataDir = resolve(value);
      i++;
    } else if (arg.startsWith('--data=')) {
      const value = arg.slice('--data='.length);
      if (value === '') return { ok: false, error: '--data needs a folder' };
      dataDir = resolve(value);
    } else {
      return { ok: false, error: `unknown argument: ${arg}` };
    }
  }
  return tasks ? { ok: true, dataDir, tasks } : { ok: true, dataDir };
}

export interface TaskOutcome {
  name: string;
  status: 'measured' | 'skipped' | 'crashed';
  result?: EvalResult;
  /** Floors and ceilings that did not hold, as 'f1 0.812 < 0.900'. */
  failures: string[];
  message?: string;
}

export function checkLimits(result: EvalResult): string[] {
  const failures: string[] = [];
  for (const [metric, floor] of Object.entries(result.floors)) {
    const value = result.metrics[metric];
    if (value === undefined || !(value >= floor)) failures.push(`${metric} ${fmt(value)} < ${fmt(floor)}`);
  }
  for (const [metric, ceiling] of Object.entries(result.ceilings ?? {})) {
    const value = result.metrics[metric];
    if (value === undefined || !(value <= ceiling)) failures.push(`${metric} ${fmt(value)} > ${fmt(ceiling)}`);
  }
  return failures;
}

/** Runs each task whose folder exists in `dataDir`; a crash in one task does not stop the others. */
export function runTasks(tasks: readonly EvalTask[], dataDir: string): TaskOutcome[] {
  return tasks.map((task): TaskOutcome => {
    const folder = task.dataDir?.() ?? dataDir;
    if (!existsSync(join(folder, task.name))) {
      return { name: task.name, status: 'skipped', failures: [], message: `no ${task.name}/ in ${folder}` };
    }
    try {
      const result = task.run(folder);
      return { name: task.name, status: 'measured', result, failures: checkLimits(result) };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { name: task.name, status: 'crashed', failures: ['crashed'], message };
    }
  });
}

function fmt(value: number | undefined): string {
  if (value === undefined || Number.isNaN(value)) return 'n/a';
  return Number.isInteger(value) && Math.abs(value) > 1 ? String(value) : value.toFixed(3);
}

const thousands = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

function describeMeasured(result: EvalResult, failures: string[]): string[] {
  const metrics = Object.entries(result.metrics).map(([name, value]) => `${name} ${fmt(value)}`);
  const limits = [
    ...Object.entries(result.floors).map(([name, floor]) => `${name}>=${fmt(floor)}`),
    ...Object.entries(result.ceilings ?? {}).map(([name, ceiling]) => `${name}<=${fmt(ceiling)}`),
  ];
  return [
    `${thousands.format(result.texts)} texts`,
    metrics.join('  '),
    `floors ${limits.length > 0 ? limits.join(' ') : 'none'}`,
    failures.length === 0 ? 'PASS' : 'FAIL',
    `${oneDecimal.format(result.msPer1000)} ms / 1,000 texts`,
  ];
}

/** One aligned line per task: columns padded to the widest cell of the column. */
export function formatOutcomes(outcomes: readonly TaskOutcome[]): string[] {
  const rows = outcomes.map((outcome): string[] => {
    if (outcome.status === 'measured' && outcome.result) {
      return [outcome.name, ...describeMeasured(outcome.result, outcome.failures)];
    }
    const label = outcome.status === 'skipped' ? 'SKIPPED' : 'FAIL (crashed)';
    return [outcome.name, `${label}: ${outcome.message ?? ''}`];
  });
  const widths: number[] = [];
  for (const row of rows) {
    if (row.length === 2) {
      widths[0] = Math.max(widths[0] ?? 0, row[0].length);
      continue;
    }
    row.forEach((cell, c) => (widths[c] = Math.max(widths[c] ?? 0, cell.length)));
  }
  return rows.map((row) =>
    row
      .map((cell, c) => (c === row.length - 1 ? cell : cell.padEnd(widths[c] ?? cell.length)))
      .join('  ')
      .trimEnd(),
  );
}

/** The exit code of a run: 1 when any measured task failed its limits or crashed. */
export function exitCodeOf(outcomes: readonly TaskOutcome[]): number {
  return outcomes.some((outcome) => outcome.failures.length > 0) ? 1 : 0;
}

export function main(args: readonly string[], tasks: readonly EvalTask[] = ALL_TASKS): number {
  const parsed = parseArgs(args);
  if (!parsed.ok) {
    process.stderr.write(`eval: ${parsed.error}\nusage: node dist/scripts/eval/index.js [--data DIR] [--task NAME]\n`);
    return 2;
  }
  if (!existsSync(parsed.dataDir) || !statSync(parsed.dataDir).isDirectory()) {
    process.stderr.write(`eval: data folder not found: ${parsed.dataDir}\n`);
    return 2;
  }
  const unknown = (parsed.tasks ?? []).filter((name) => !tasks.some((task) => task.name === name));
  if (unknown.length > 0) {
    process.stderr.write(`eval: unknown task ${unknown.join(', ')}; tasks: ${tasks.map((task) => task.name).join(', ')}\n`);
    return 2;
  }
  const selected = parsed.tasks ? tasks.filter((task) => parsed.tasks!.includes(task.name)) : tasks;
  process.stdout.write(`Data: ${parsed.dataDir}\n`);
  const outcomes = runTasks(selected, parsed.dataDir);
  for (const line of formatOutcomes(outcomes)) process.stdout.write(`${line}\n`);
  for (const outcome of outcomes) {
    for (const line of outcome.result?.details ?? []) process.stdout.write(`  ${outcome.name}: ${line}\n`);
  }
  const code = exitCodeOf(outcomes);
  process.stdout.write(code === 0 ? 'All floors hold.\n' : 'Some floors FAILED.\n');
  return code;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
