/**
 * English offensive language on en-offensive/dev.csv: a text counts as flagged when the engine raises
 * any profanity, insult or hate hit; gold positives are the `hate` and `offensive` rows. Reports
 * precision, recall, F1 and the false-positive rate on `neither` rows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../../src/analysis/text/analyze';
import { detectRisks } from '../../src/analysis/risk';
import type { FlagCategory } from '../../src/analysis/types';
import type { EvalResult, EvalTask } from './task';
import { parseCsv, recordsWithHeader } from './csv';
import { binaryCounts, f1, falsePositiveRate, msPer1000, precision, recall } from './metrics';

const LABELS = ['hate', 'offensive', 'neither'] as const;
type OffensiveLabel = (typeof LABELS)[number];
const OFFENSIVE_CATEGORIES: ReadonlySet<FlagCategory> = new Set(['profanity', 'insult', 'hate']);

export interface OffensiveRow {
  text: string;
  label: OffensiveLabel;
}

export function readOffensive(path: string): OffensiveRow[] {
  return recordsWithHeader(parseCsv(readFileSync(path, 'utf8'))).map((row, i) => {
    const label = (row.label ?? '').trim() as OffensiveLabel;
    if (!LABELS.includes(label)) throw new Error(`${path}: row ${i + 2}: unknown label "${row.label}"`);
    return { text: row.text ?? '', label };
  });
}

export function flagsOffensive(text: string): boolean {
  const analyzed = analyzeText(text, { source: 0, field: 'posts[0]' });
  return detectRisks(analyzed, { platform: 'other' }).some((hit) => OFFENSIVE_CATEGORIES.has(hit.category));
}

export function measureOffensive(rows: readonly OffensiveRow[]): EvalResult {
  const started = process.hrtime.bigint();
  const predicted = rows.map((row) => flagsOffensive(row.text));
  const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
  const counts = binaryCounts(rows.map((row) => row.label !== 'neither'), predicted);
  return {
    name: offensiveTask.name,
    metrics: { precision: precision(counts), recall: recall(counts), f1: f1(counts), fpr: falsePositiveRate(counts) },
    floors: { f1: 0.95 },
    ceilings: { fpr: 0.03 },
    texts: rows.length,
    msPer1000: msPer1000(elapsedMs, rows.length),
  };
}

export const offensiveTask: EvalTask = {
  name: 'en-offensive',
  run: (dataDir: string) => measureOffensive(readOffensive(join(dataDir, 'en-offensive', 'dev.csv'))),
};
