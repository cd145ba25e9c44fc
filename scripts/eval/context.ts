/**
 * Stance and field: the risk detectors with the reading on test/eval-data/context/context.tsv, the
 * project's own hand-written sentences (promotion vs warning, quotation, report, lesson and
 * professional use, per category). Prints precision and recall per category and accuracy per frame.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inferRole, type RoleReading } from '../../src/analysis/reading';
import { detectRisks, readRiskText } from '../../src/analysis/risk';
import { analyzeText } from '../../src/analysis/text/analyze';
import { FLAG_CATEGORIES, type FlagCategory } from '../../src/analysis/types';
import type { EvalResult, EvalTask } from './task';
import { parseTsv, recordsWithHeader } from './csv';
import { binaryCounts, f1, msPer1000, precision, recall } from './metrics';

export interface ContextRow {
  category: FlagCategory;
  lang: string;
  frame: string;
  /** True when the category must be raised at warning or critical. */
  flag: boolean;
  headline: string;
  text: string;
}

/** The set ships with the repository, not in the shared data folder. */
export function contextDataDir(runnerDir: string = __dirname): string {
  return resolve(runnerDir, '..', '..', '..', 'test', 'eval-data');
}

export function readContext(path: string): ContextRow[] {
  return recordsWithHeader(parseTsv(readFileSync(path, 'utf8'))).map((row, i) => {
    const category = row.category as FlagCategory;
    if (!FLAG_CATEGORIES.includes(category)) throw new Error(`${path}: row ${i + 2}: unknown category "${row.category}"`);
    if (row.label !== '0' && row.label !== '1') throw new Error(`${path}: row ${i + 2}: label must be 0 or 1`);
    return { category, lang: row.lang ?? '', frame: row.frame ?? '', flag: row.label === '1', headline: row.headline ?? '', text: row.text ?? '' };
  });
}

function roleOf(headline: string): RoleReading | undefined {
  if (headline === '') return undefined;
  const text = analyzeText(headline, { source: 0, field: 'headline' });
  return inferRole([{ kind: 'headline', source: 0, field: 'headline', original: headline, units: readRiskText(text).units }]);
}

export function raises(row: ContextRow): boolean {
  const text = analyzeText(row.text, { source: 0, field: 'posts[0]' });
  const hits = detectRisks(text, { platform: 'other', read: readRiskText(text), role: roleOf(row.headline) });
  return hits.some((hit) => hit.category === row.category && hit.severity !== 'info');
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? Number.NaN : part / whole;
}

export function measureContext(rows: readonly ContextRow[]): EvalResult {
  const started = process.hrtime.bigint();
  const predicted = rows.map(raises);
  const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
  const counts = binaryCounts(rows.map((row) => row.flag), predicted);
  const details: string[] = [];
  for (const category of FLAG_CATEGORIES) {
    const indexes = rows.flatMap((row, i) => (row.category === category ? [i] : []));
    if (indexes.length === 0) continue;
    const c = binaryCounts(indexes.map((i) => rows[i].flag), indexes.map((i) => predicted[i]));
    details.push(`category ${category}: ${indexes.length} rows  precision ${fmt(precision(c))}  recall ${fmt(recall(c))}`);
  }
  for (const frame of [...new Set(rows.map((row) => row.frame))].sort()) {
    const indexes = rows.flatMap((row, i) => (row.frame === frame ? [i] : []));
    const right = indexes.filter((i) => predicted[i] === rows[i].flag).length;
    details.push(`frame ${frame}: ${right}/${indexes.length} right`);
  }
  rows.forEach((row, i) => {
    if (predicted[i] !== row.flag) details.push(`${row.flag ? 'missed' : 'false'} ${row.category} (${row.frame}, ${row.lang}): ${row.text.slice(0, 90)}`);
  });
  const clean = rows.flatMap((row, i) => (row.flag ? [] : [predicted[i]]));
  return {
    name: contextTask.name,
    metrics: {
      precision: precision(counts),
      recall: recall(counts),
      f1: f1(counts),
      falseOnClean: ratio(clean.filter(Boolean).length, clean.length),
    },
    floors: { precision: 0.95, recall: 0.9 },
    ceilings: { falseOnClean: 0.05 },
    texts: rows.length,
    msPer1000: msPer1000(elapsedMs, rows.length),
    details,
  };
}

function fmt(value: number): string {
  return Number.isNaN(value) ? 'n/a' : value.toFixed(3);
}

export const contextTask: EvalTask = {
  name: 'context',
  dataDir: contextDataDir,
  run: (dataDir: string) => measureContext(readContext(join(dataDir, 'context', 'context.tsv'))),
};
