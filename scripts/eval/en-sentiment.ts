/**
 * English sentiment: sign accuracy on en-sentiment/dev.tsv rows whose mean human valence is at
 * least 0.5 away from zero. A neutral prediction (compound inside ±0.05) counts as wrong.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../../src/analysis/text/analyze';
import { scoreSentiment } from '../../src/analysis/sentiment';
import type { EvalResult, EvalTask } from './task';
import { parseTsv, recordsWithHeader } from './csv';
import { timedMap } from './metrics';

export const MIN_ABS_VALENCE = 0.5;

export interface ValencedText {
  text: string;
  valence: number;
}

export function readEnSentiment(path: string): ValencedText[] {
  return recordsWithHeader(parseTsv(readFileSync(path, 'utf8'))).map((row, i) => {
    const valence = Number(row.valence);
    if (row.valence === '' || !Number.isFinite(valence)) throw new Error(`${path}: row ${i + 2}: bad valence "${row.valence}"`);
    return { text: row.text, valence };
  });
}

/** 1 when the engine's label has the sign of the human valence, else 0 (neutral is never right). */
export function signAgrees(label: 'positive' | 'negative' | 'neutral', valence: number): boolean {
  return (label === 'positive' && valence > 0) || (label === 'negative' && valence < 0);
}

export function measureEnSentiment(rows: readonly ValencedText[]): EvalResult {
  const polar = rows.filter((row) => Math.abs(row.valence) >= MIN_ABS_VALENCE);
  const timed = timedMap(polar, (row) => scoreSentiment(analyzeText(row.text, { source: 0, field: 'posts[0]' })).label);
  const labels = timed.results;
  let correct = 0;
  labels.forEach((label, i) => {
    if (signAgrees(label, polar[i].valence)) correct++;
  });
  return {
    name: enSentimentTask.name,
    metrics: { signAccuracy: polar.length === 0 ? 0 : correct / polar.length },
    floors: { signAccuracy: 0.9 },
    texts: polar.length,
    msPer1000: timed.msPer1000,
  };
}

export const enSentimentTask: EvalTask = {
  name: 'en-sentiment',
  run: (dataDir: string) => measureEnSentiment(readEnSentiment(join(dataDir, 'en-sentiment', 'dev.tsv'))),
};
