/**
 * Inference for the Indonesian sentiment model: a linear model over the features of features.ts,
 * one weight per class per feature, softmax over the class scores. The weights are learned by
 * scripts/train-id-sentiment.ts from the IndoNLU SmSA train split only.
 */
import type { SentimentLabel } from './types';
import type { AnalyzedText } from '../text/types';
import { visitSentimentFeatures, type Feature } from './features';

export const MODEL_CLASSES = ['positive', 'negative', 'neutral'] as const satisfies readonly SentimentLabel[];

export interface LinearModel {
  classes: readonly SentimentLabel[];
  bias: readonly number[];
  /** Feature name -> one weight per class, in `classes` order. */
  weights: ReadonlyMap<string, readonly number[]>;
  /** The same weight arrays by term, so that one lookup per token finds its unigram and its bigrams. */
  terms: ReadonlyMap<string, TermWeights>;
}

/**
 * A term's unigram weights, and the weights of every name that continues it after a space, keyed
 * by the rest of the name: bigram "a b" is terms.get("a").followers.get("b"), found without
 * building the string "a b".
 */
export interface TermWeights {
  weights?: readonly number[];
  followers?: Map<string, readonly number[]>;
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
  // Each name gets its own array: prediction tells features apart by weight-array identity.
  const weights = new Map(Object.entries(file.entries).map(([name, values]) => [name, [...values]]));
  return { classes, bias: file.bias, weights, terms: termIndex(weights) };
}

function termIndex(weights: ReadonlyMap<string, readonly number[]>): Map<string, TermWeights> {
  const terms = new Map<string, TermWeights>();
  const termOf = (name: string): TermWeights => {
    let term = terms.get(name);
    if (!term) {
      term = {};
      terms.set(name, term);
    }
    return term;
  };
  for (const [name, values] of weights) {
    termOf(name).weights = values;
    for (let space = name.indexOf(' '); space !== -1; space = name.indexOf(' ', space + 1)) {
      const first = termOf(name.slice(0, space));
      first.followers ??= new Map();
      first.followers.set(name.slice(space + 1), values);
    }
  }
  return terms;
}

/**
 * Sums the weights of the distinct known features of one text. A name always maps to the same
 * weight array, so "seen this array" is "seen this feature" (features count once per text, as in
 * training: binary bag of features); unknown features add nothing either way.
 */
class FeatureSum {
  readonly scores: number[];
  readonly contributions: IndonesianScore['contributions'] = [];
  explained = 0;
  private readonly seen = new Set<readonly number[]>();
  private readonly positive: number;
  private readonly negative: number;

  constructor(private readonly model: LinearModel) {
    this.scores = [...model.bias];
    this.positive = model.classes.indexOf('positive');
    this.negative = model.classes.indexOf('negative');
  }

  add(weights: readonly number[] | undefined, unigram: boolean, start: number, end: number): void {
    if (weights === undefined || this.seen.has(weights)) return;
    this.seen.add(weights);
    for (let c = 0; c < this.scores.length; c++) this.scores[c] += weights[c];
    const pull = weights[this.positive] - weights[this.negative];
    if (unigram && Math.abs(pull) >= EXPLAINING_WEIGHT) this.explained++;
    if (pull !== 0) this.contributions.push({ start, end, weight: pull });
  }

  result(): IndonesianScore {
    const model = this.model;
    const probabilities = softmax(this.scores);
    const best = argmax(probabilities);
    const byLabel = Object.fromEntries(model.classes.map((label, c) => [label, probabilities[c]])) as Record<
      SentimentLabel,
      number
    >;
    return {
      label: model.classes[best],
      probabilities: byLabel,
      score: probabilities[this.positive] - probabilities[this.negative],
      contributions: this.contributions,
      explained: this.explained,
    };
  }
}

export function predictIndonesian(model: LinearModel, features: readonly Feature[]): IndonesianScore {
  const sum = new FeatureSum(model);
  for (const feature of features) sum.add(model.weights.get(feature.name), feature.unigram, feature.start, feature.end);
  return sum.result();
}

/** predictIndonesian(model, sentimentFeatures(text)), without building the feature list. */
export function predictIndonesianText(model: LinearModel, text: AnalyzedText): IndonesianScore {
  const sum = new FeatureSum(model);
  // The visitor's previous name is always the name of its previous call, whose term this keeps.
  let previousTerm: TermWeights | undefined;
  visitSentimentFeatures(text, (name, start, end, previousName, previousStart) => {
    const term = model.terms.get(name);
    sum.add(term?.weights, true, start, end);
    if (previousName !== undefined) sum.add(previousTerm?.followers?.get(name), false, previousStart, end);
    previousTerm = term;
  });
  return sum.result();
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
