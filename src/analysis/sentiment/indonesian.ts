/**
 * Inference for the Indonesian sentiment model: a linear model over the features of features.ts,
 * one weight per class per feature, softmax over the class scores. The weights are learned by
 * scripts/train-id-sentiment.ts from the IndoNLU SmSA train split only.
 */
import type { SentimentLabel } from './types';
import { LexemeFacts } from '../text/lexeme';
import type { AnalyzedText } from '../text/types';
import { visitSentimentFeatures, type Feature } from './features';

export const MODEL_CLASSES = ['positive', 'negative', 'neutral'] as const satisfies readonly SentimentLabel[];

export interface LinearModel {
  classes: readonly SentimentLabel[];
  bias: readonly number[];
  /** Feature name -> one weight per class, in `classes` order. */
  weights: ReadonlyMap<string, FeatureWeights>;
  /** The same weights by term, so that one lookup per token finds its unigram and its bigrams. */
  terms: ReadonlyMap<string, TermWeights>;
  /** Which features the FeatureSum in progress has added (see FeatureSum). */
  seen: SeenMarks;
  /** terms lookups of recent names (null: unknown): a small map that stays in the CPU cache, unlike terms. */
  recentTerms: Map<string, TermWeights | null>;
  /** terms lookups kept on the lexemes of token norms (null: unknown). */
  lexemeTerms: LexemeFacts<TermWeights | null>;
}

/** Per feature index, the mark of the last sum that added it; `mark` is the newest sum's (sums never nest). */
export interface SeenMarks {
  marks: Uint32Array;
  mark: number;
}

/** One feature's weights (one per class) and its index among the model's features. */
export interface FeatureWeights {
  values: readonly number[];
  index: number;
}

/**
 * A term's unigram weights, and the weights of every name that continues it after a space, keyed
 * by the rest of the name: bigram "a b" is terms.get("a").followers.get("b"), found without
 * building the string "a b".
 */
export interface TermWeights {
  weights?: FeatureWeights;
  followers?: Map<string, FeatureWeights>;
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
  // Each name gets its own index: prediction tells features apart by it.
  const weights = new Map(Object.entries(file.entries).map(([name, values], index) => [name, { values: [...values], index }]));
  const terms = termIndex(weights);
  return {
    classes,
    bias: file.bias,
    weights,
    terms,
    seen: { marks: new Uint32Array(weights.size), mark: 0 },
    recentTerms: new Map(),
    lexemeTerms: new LexemeFacts((name) => terms.get(name) ?? null),
  };
}

function termIndex(weights: ReadonlyMap<string, FeatureWeights>): Map<string, TermWeights> {
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

function nextMark(seen: SeenMarks): number {
  if (seen.mark === 0xffffffff) {
    seen.marks.fill(0);
    seen.mark = 0;
  }
  seen.mark += 1;
  return seen.mark;
}

/**
 * Sums the weights of the distinct known features of one text. A name always maps to the same
 * feature index, so "seen this index" is "seen this feature" (features count once per text, as in
 * training: binary bag of features); unknown features add nothing either way. Added features are
 * marked in the model's seen marks with this sum's mark: no set per text.
 */
class FeatureSum {
  readonly scores: number[];
  readonly contributions: IndonesianScore['contributions'] = [];
  explained = 0;
  private readonly mark: number;
  private readonly positive: number;
  private readonly negative: number;

  constructor(private readonly model: LinearModel) {
    this.scores = [...model.bias];
    this.mark = nextMark(model.seen);
    this.positive = model.classes.indexOf('positive');
    this.negative = model.classes.indexOf('negative');
  }

  add(feature: FeatureWeights | undefined, unigram: boolean, start: number, end: number): void {
    const marks = this.model.seen.marks;
    if (feature === undefined || marks[feature.index] === this.mark) return;
    marks[feature.index] = this.mark;
    const weights = feature.values;
    for (let c = 0; c < this.scores.length; c++) this.scores[c] += weights[c];
    const pull = weights[this.positive] - weights[this.negative];
    if (unigram && Math.abs(pull) >= EXPLAINING_WEIGHT) this.explained++;
    if (pull !== 0) this.contributions.push({ start, end, weight: pull });
  }

  result(): IndonesianScore {
    const model = this.model;
    const probabilities = softmax(this.scores);
    const best = argmax(probabilities);
    const byLabel = {} as Record<SentimentLabel, number>;
    for (let c = 0; c < model.classes.length; c++) byLabel[model.classes[c]] = probabilities[c];
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
  visitSentimentFeatures(text, (name, start, end, previousName, previousStart, lexeme) => {
    const term = lexeme !== undefined ? (model.lexemeTerms.of(lexeme) ?? undefined) : recentTerm(model, name);
    sum.add(term?.weights, true, start, end);
    if (previousName !== undefined) sum.add(previousTerm?.followers?.get(name), false, previousStart, end);
    previousTerm = term;
  });
  return sum.result();
}

/** Bound on remembered term lookups: cleared when full, so memory stays bounded. */
const MAX_RECENT_TERMS = 8192;

/** model.terms.get(name), through the model's memo of recent names. */
function recentTerm(model: LinearModel, name: string): TermWeights | undefined {
  const known = model.recentTerms.get(name);
  if (known !== undefined) return known ?? undefined;
  const term = model.terms.get(name);
  if (model.recentTerms.size >= MAX_RECENT_TERMS) model.recentTerms.clear();
  model.recentTerms.set(name, term ?? null);
  return term;
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
