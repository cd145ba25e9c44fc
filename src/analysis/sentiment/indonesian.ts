/**
 * Inference for the Indonesian sentiment model: a linear model over the features of features.ts,
 * one weight per class per feature, softmax over the class scores. The weights are learned by
 * scripts/train-id-sentiment.ts from the IndoNLU SmSA train split only.
 */
import type { SentimentLabel } from './types';
import type { Feature } from './features';

export const MODEL_CLASSES = ['positive', 'negative', 'neutral'] as const satisfies readonly SentimentLabel[];

export interface LinearModel {
  classes: readonly SentimentLabel[];
  bias: readonly number[];
  /** Feature name -> one weight per class, in `classes` order. */
  weights: ReadonlyMap<string, readonly number[]>;
}

export interface ModelFile {
  description: string;
  sources: string;
  classes: string[];
  bias: number[];
  entries: Record<string, number[]>;
}

export interface IndonesianScore {
  label: SentimentLabel;
  probabilities: Record<SentimentLabel, number>;
  /** P(positive) - P(negative), -1..+1. */
  score: number;
  /** Each known feature with its signed pull towards positive (+) or negative (-). */
  contributions: { start: number; end: number; weight: number }[];
  /** Unigrams the model knows that lean clearly to one side. */
  explained: number;
}

/** A unigram "explains" a text when it shifts positive-vs-negative log-odds by at least this much. */
const EXPLAINING_WEIGHT = 0.5;

export function loadModel(file: ModelFile): LinearModel {
  const classes = file.classes as SentimentLabel[];
  if (classes.join() !== MODEL_CLASSES.join()) throw new Error(`unexpected model classes ${classes.join()}`);
  return { classes, bias: file.bias, weights: new Map(Object.entries(file.entries)) };
}

export function predictIndonesian(model: LinearModel, features: readonly Feature[]): IndonesianScore {
  const [positive, negative] = [model.classes.indexOf('positive'), model.classes.indexOf('negative')];
  const scores = [...model.bias];
  const contributions: IndonesianScore['contributions'] = [];
  let explained = 0;
  const seen = new Set<string>();
  for (const feature of features) {
    // Features count once per text, as in training (binary bag of features).
    if (seen.has(feature.name)) continue;
    seen.add(feature.name);
    const weights = model.weights.get(feature.name);
    if (!weights) continue;
    for (let c = 0; c < scores.length; c++) scores[c] += weights[c];
    const pull = weights[positive] - weights[negative];
    if (feature.unigram && Math.abs(pull) >= EXPLAINING_WEIGHT) explained++;
    if (pull !== 0) contributions.push({ start: feature.start, end: feature.end, weight: pull });
  }
  const probabilities = softmax(scores);
  const best = argmax(probabilities);
  const byLabel = Object.fromEntries(model.classes.map((label, c) => [label, probabilities[c]])) as Record<
    SentimentLabel,
    number
  >;
  return {
    label: model.classes[best],
    probabilities: byLabel,
    score: probabilities[positive] - probabilities[negative],
    contributions,
    explained,
  };
}

export function softmax(scores: readonly number[]): number[] {
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}

/** Index of the largest value; the first one wins a tie. */
export function argmax(values: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
  return best;
}
