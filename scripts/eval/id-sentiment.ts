/** Indonesian sentiment: accuracy and macro-F1 over positive/negative/neutral on id-sentiment/dev.tsv. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../../src/analysis/text/analyze';
import { scoreSentiment } from '../../src/analysis/sentiment';
import type { SentimentLabel } from '../../src/analysis/sentiment/types';
import type { EvalResult, EvalTask } from './task';
import { parseTsv, recordsWithHeader } from './csv';
import { accuracy, confusionMatrix, macroF1, timedMap } from './metrics';

const LABELS: readonly SentimentLabel[] = ['positive', 'negative', 'neutral'];

export interface LabelledText {
  text: string;
  label: SentimentLabel;
}

export function readIdSentiment(path: string): LabelledText[] {
  return recordsWithHeader(parseTsv(readFileSync(path, 'utf8'))).map((row, i) => {
    const label = row.label as SentimentLabel;
    if (!LABELS.includes(label)) throw new Error(`${path}: row ${i + 2}: unknown label "${row.label}"`);
    return { text: row.text, label };
  });
}

export function measureIdSentiment(rows: readonly LabelledText[]): EvalResult {
  const timed = timedMap(rows, (row) => scoreSentiment(analyzeText(row.text, { source: 0, field: 'posts[0]' })).label);
  const predicted = timed.results;
  const confusion = confusionMatrix(LABELS, rows.map((r) => r.label), predicted);
  return {
    name: idSentimentTask.name,
    metrics: { accuracy: accuracy(confusion), macroF1: macroF1(confusion) },
    floors: { macroF1: 0.85 },
    texts: rows.length,
    msPer1000: timed.msPer1000,
  };
}

export const idSentimentTask: EvalTask = {
  name: 'id-sentiment',
  run: (dataDir: string) => measureIdSentiment(readIdSentiment(join(dataDir, 'id-sentiment', 'dev.tsv'))),
};
