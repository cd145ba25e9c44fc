/** Online-gambling promotion: precision, recall and F1 of the engine's `gambling` flag on id-gambling/dev.csv. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../../src/analysis/text/analyze';
import { detectRisks } from '../../src/analysis/risk';
import type { EvalResult, EvalTask } from './task';
import { parseCsv, recordsWithHeader } from './csv';
import { binaryCounts, f1, msPer1000, precision, recall } from './metrics';

export interface GamblingRow {
  text: string;
  gambling: boolean;
}

export function readGambling(path: string): GamblingRow[] {
  return recordsWithHeader(parseCsv(readFileSync(path, 'utf8'))).map((row, i) => {
    const label = (row.gambling ?? '').trim();
    if (label !== '0' && label !== '1') throw new Error(`${path}: row ${i + 2}: gambling must be 0 or 1, got "${row.gambling}"`);
    return { text: row.text ?? '', gambling: label === '1' };
  });
}

export function flagsGambling(text: string): boolean {
  const analyzed = analyzeText(text, { source: 0, field: 'posts[0]' });
  return detectRisks(analyzed, { platform: 'other' }).some((hit) => hit.category === 'gambling');
}

export function measureGambling(rows: readonly GamblingRow[]): EvalResult {
  const started = process.hrtime.bigint();
  const predicted = rows.map((row) => flagsGambling(row.text));
  const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
  const counts = binaryCounts(rows.map((row) => row.gambling), predicted);
  return {
    name: gamblingTask.name,
    metrics: { precision: precision(counts), recall: recall(counts), f1: f1(counts) },
    floors: { f1: 0.95 },
    texts: rows.length,
    msPer1000: msPer1000(elapsedMs, rows.length),
  };
}

export const gamblingTask: EvalTask = {
  name: 'id-gambling',
  run: (dataDir: string) => measureGambling(readGambling(join(dataDir, 'id-gambling', 'dev.csv'))),
};
