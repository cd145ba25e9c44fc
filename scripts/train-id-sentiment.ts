/**
 * Trains the Indonesian sentiment model from the IndoNLU SmSA train split and writes
 * src/analysis/sentiment/model/id-sentiment.json.
 *
 *   npm run train:sentiment          (= npm run build --silent && node dist/scripts/train-id-sentiment.js)
 *   node dist/scripts/train-id-sentiment.js [--data DIR]     DIR defaults to <repo root>/../shared/eval
 *
 * Multinomial logistic regression over binary unigram + bigram features of the text layer's norm
 * forms (features.ts), L2-regularised, trained with AdaGrad SGD in a fixed, seeded order: the same
 * data gives the same file. Only `train.tsv` is learned from; `dev.tsv` is scored afterwards and its
 * figures go in the file's header.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findRepoRoot } from './repo-root';
import { analyzeText } from '../src/analysis/text/analyze';
import { sentimentFeatures } from '../src/analysis/sentiment/features';
import { MODEL_CLASSES, loadModel, predictIndonesian, type ModelFile } from '../src/analysis/sentiment/indonesian';
import type { SentimentLabel } from '../src/analysis/sentiment/types';
import { parseTsv, recordsWithHeader } from './eval/csv';
import { accuracy, confusionMatrix, macroF1 } from './eval/metrics';

const SETTINGS = {
  /** A feature must occur in at least this many training texts. */
  minDocumentFrequency: 2,
  epochs: 10,
  learningRate: 0.1,
  l2: 1e-5,
  seed: 20241120,
  /** Weights closer to zero than this (for every class) are dropped from the file. */
  pruneBelow: 0.2,
  decimals: 3,
};

interface Example {
  features: string[];
  label: number;
}

export function readLabelledTsv(path: string): { text: string; label: SentimentLabel }[] {
  return recordsWithHeader(parseTsv(readFileSync(path, 'utf8'))).map((row) => {
    const label = row.label as SentimentLabel;
    if (!MODEL_CLASSES.includes(label)) throw new Error(`${path}: unknown label "${row.label}"`);
    return { text: row.text, label };
  });
}

function featureNames(text: string): string[] {
  const analyzed = analyzeText(text, { source: 0, field: 'posts[0]' });
  return [...new Set(sentimentFeatures(analyzed).map((f) => f.name))];
}

/** Each training row as the feature names the engine extracts from it today, and its class index. */
export function trainingExamples(rows: readonly { text: string; label: SentimentLabel }[]): Example[] {
  return rows.map((row) => ({
    features: featureNames(row.text),
    label: MODEL_CLASSES.indexOf(row.label as (typeof MODEL_CLASSES)[number]),
  }));
}

/** Park-Miller minimal standard generator: a fixed, seedable order for SGD. */
function seededOrder(length: number, seed: number): number[] {
  const order = Array.from({ length }, (_, i) => i);
  let state = seed % 2147483647;
  for (let i = length - 1; i > 0; i--) {
    state = (state * 16807) % 2147483647;
    const j = state % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

export function buildVocabulary(examples: readonly { features: string[] }[]): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const example of examples) for (const f of example.features) frequency.set(f, (frequency.get(f) ?? 0) + 1);
  const vocabulary = new Map<string, number>();
  for (const [feature, count] of [...frequency].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (count >= SETTINGS.minDocumentFrequency) vocabulary.set(feature, vocabulary.size);
  }
  return vocabulary;
}

function trainLogistic(examples: readonly Example[], vocabulary: Map<string, number>) {
  const k = MODEL_CLASSES.length;
  const weights = new Float64Array(vocabulary.size * k);
  const weightSquares = new Float64Array(vocabulary.size * k).fill(1e-8);
  const bias = new Float64Array(k);
  const biasSquares = new Float64Array(k).fill(1e-8);
  const indexed = examples.map((e) => ({
    label: e.label,
    features: e.features.map((f) => vocabulary.get(f)).filter((i): i is number => i !== undefined),
  }));
  for (let epoch = 0; epoch < SETTINGS.epochs; epoch++) {
    for (const n of seededOrder(indexed.length, SETTINGS.seed + epoch)) {
      const { features, label } = indexed[n];
      const scores = Array.from(bias);
      for (const f of features) for (let c = 0; c < k; c++) scores[c] += weights[f * k + c];
      const max = Math.max(...scores);
      const exps = scores.map((s) => Math.exp(s - max));
      const total = exps.reduce((a, b) => a + b, 0);
      for (let c = 0; c < k; c++) {
        const gradient = exps[c] / total - (c === label ? 1 : 0);
        biasSquares[c] += gradient * gradient;
        bias[c] -= (SETTINGS.learningRate * gradient) / Math.sqrt(biasSquares[c]);
        for (const f of features) {
          const at = f * k + c;
          const g = gradient + SETTINGS.l2 * weights[at];
          weightSquares[at] += g * g;
          weights[at] -= (SETTINGS.learningRate * g) / Math.sqrt(weightSquares[at]);
        }
      }
    }
  }
  return { weights, bias };
}

function round(value: number): number {
  const factor = 10 ** SETTINGS.decimals;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}

function toEntries(weights: Float64Array, vocabulary: Map<string, number>): Record<string, number[]> {
  const k = MODEL_CLASSES.length;
  const entries: Record<string, number[]> = {};
  for (const [feature, index] of vocabulary) {
    const row = Array.from(weights.subarray(index * k, index * k + k));
    if (row.every((w) => Math.abs(w) < SETTINGS.pruneBelow)) continue;
    entries[feature] = row.map(round);
  }
  return entries;
}

function evaluate(file: ModelFile, rows: readonly { text: string; label: SentimentLabel }[]) {
  const model = loadModel(file);
  const predicted = rows.map((row) => {
    const analyzed = analyzeText(row.text, { source: 0, field: 'posts[0]' });
    return predictIndonesian(model, sentimentFeatures(analyzed)).label;
  });
  const confusion = confusionMatrix(MODEL_CLASSES, rows.map((r) => r.label), predicted);
  return {
    rows: rows.length,
    accuracy: round(accuracy(confusion)),
    macroF1: round(macroF1(confusion)),
    scope: 'the model alone; npm run eval measures scoreSentiment, which adds the sentiment-word check and the lexicon',
  };
}

function parseDataDir(args: readonly string[], root: string): string {
  const at = args.indexOf('--data');
  if (at !== -1) {
    const value = args[at + 1];
    if (!value) throw new Error('--data needs a folder');
    return resolve(value);
  }
  return resolve(root, '..', 'shared', 'eval');
}

function main(): void {
  const root = findRepoRoot([__dirname, process.cwd()]);
  const dataDir = parseDataDir(process.argv.slice(2), root);
  const train = readLabelledTsv(join(dataDir, 'id-sentiment', 'train.tsv'));
  const examples = trainingExamples(train);
  const vocabulary = buildVocabulary(examples);
  const { weights, bias } = trainLogistic(examples, vocabulary);
  const entries = toEntries(weights, vocabulary);

  const file: ModelFile & Record<string, unknown> = {
    description:
      'Indonesian sentiment model: multinomial logistic regression over binary unigram and bigram features ' +
      'of normalised tokens (negated terms prefixed NOT_). entries: feature -> weights for [positive, negative, neutral]; ' +
      'bias: per-class intercepts. Generated by scripts/train-id-sentiment.ts; do not edit by hand.',
    sources: 'IndoNLU SmSA train split, Apache-2.0 (github.com/IndoNLP/indonlu), 11,000 labelled reviews and comments',
    training: {
      command: 'npm run train:sentiment',
      trainRows: train.length,
      vocabularyBeforePruning: vocabulary.size,
      features: Object.keys(entries).length,
      ...SETTINGS,
    },
    dev: {},
    classes: [...MODEL_CLASSES],
    bias: Array.from(bias).map(round),
    entries,
  };
  const devPath = join(dataDir, 'id-sentiment', 'dev.tsv');
  if (existsSync(devPath)) file.dev = evaluate(file, readLabelledTsv(devPath));
  const target = join(root, 'src', 'analysis', 'sentiment', 'model', 'id-sentiment.json');
  const json = `{\n${Object.entries(file)
    .map(([key, value]) => `${JSON.stringify(key)}: ${key === 'entries' ? entriesJson(entries) : JSON.stringify(value)}`)
    .join(',\n')}\n}\n`;
  writeFileSync(target, json);
  process.stdout.write(
    `trained on ${train.length} rows; ${Object.keys(entries).length} features kept of ${vocabulary.size}; ` +
      `dev ${JSON.stringify(file.dev)}; ${(json.length / 1024).toFixed(0)} KB -> ${target}\n`,
  );
}

/** One feature per line keeps the file small and its diffs readable. */
function entriesJson(entries: Record<string, number[]>): string {
  const lines = Object.entries(entries).map(([feature, row]) => `${JSON.stringify(feature)}:${JSON.stringify(row)}`);
  return `{\n${lines.join(',\n')}\n}`;
}

if (require.main === module) main();
