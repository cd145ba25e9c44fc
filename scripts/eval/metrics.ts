/** Classification metrics for the eval runner. A ratio with a zero denominator is 0. */

export interface BinaryCounts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

/** Square confusion matrix: `counts[gold][predicted]`, rows and columns in `labels` order. */
export interface Confusion<L extends string = string> {
  labels: readonly L[];
  counts: number[][];
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

export function binaryCounts(gold: readonly boolean[], predicted: readonly boolean[]): BinaryCounts {
  assertSameLength(gold, predicted);
  const counts: BinaryCounts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (let i = 0; i < gold.length; i++) {
    if (gold[i] && predicted[i]) counts.tp++;
    else if (!gold[i] && predicted[i]) counts.fp++;
    else if (gold[i] && !predicted[i]) counts.fn++;
    else counts.tn++;
  }
  return counts;
}

export function precision(c: BinaryCounts): number {
  return ratio(c.tp, c.tp + c.fp);
}

export function recall(c: BinaryCounts): number {
  return ratio(c.tp, c.tp + c.fn);
}

export function f1(c: BinaryCounts): number {
  return ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn);
}

/** Share of gold negatives predicted positive. */
export function falsePositiveRate(c: BinaryCounts): number {
  return ratio(c.fp, c.fp + c.tn);
}

export function binaryAccuracy(c: BinaryCounts): number {
  return ratio(c.tp + c.tn, c.tp + c.fp + c.fn + c.tn);
}

export function confusionMatrix<L extends string>(
  labels: readonly L[],
  gold: readonly L[],
  predicted: readonly L[],
): Confusion<L> {
  assertSameLength(gold, predicted);
  const index = new Map<L, number>();
  labels.forEach((label, i) => index.set(label, i));
  const counts = labels.map(() => labels.map(() => 0));
  for (let i = 0; i < gold.length; i++) {
    const g = index.get(gold[i]);
    const p = index.get(predicted[i]);
    if (g === undefined || p === undefined) {
      throw new Error(`label outside ${labels.join('/')}: ${g === undefined ? gold[i] : predicted[i]}`);
    }
    counts[g][p]++;
  }
  return { labels, counts };
}

/** One class of a multi-class confusion matrix seen as a binary problem. */
export function oneVsRest(confusion: Confusion, label: string): BinaryCounts {
  const k = confusion.labels.indexOf(label);
  if (k === -1) throw new Error(`unknown label ${label}`);
  const { counts } = confusion;
  let total = 0;
  let tp = 0;
  let goldK = 0;
  let predictedK = 0;
  for (let g = 0; g < counts.length; g++) {
    for (let p = 0; p < counts.length; p++) {
      const n = counts[g][p];
      total += n;
      if (g === k) goldK += n;
      if (p === k) predictedK += n;
      if (g === k && p === k) tp += n;
    }
  }
  const fp = predictedK - tp;
  const fn = goldK - tp;
  return { tp, fp, fn, tn: total - tp - fp - fn };
}

export function accuracy(confusion: Confusion): number {
  let correct = 0;
  let total = 0;
  confusion.counts.forEach((row, g) =>
    row.forEach((n, p) => {
      total += n;
      if (g === p) correct += n;
    }),
  );
  return ratio(correct, total);
}

/** Unweighted mean of the per-class F1 scores. */
export function macroF1(confusion: Confusion): number {
  if (confusion.labels.length === 0) return 0;
  let sum = 0;
  for (const label of confusion.labels) sum += f1(oneVsRest(confusion, label));
  return sum / confusion.labels.length;
}

function assertSameLength(a: readonly unknown[], b: readonly unknown[]): void {
  if (a.length !== b.length) throw new Error(`gold has ${a.length} items, predictions ${b.length}`);
}

/** Milliseconds per 1,000 texts from a total elapsed time. */
export function msPer1000(elapsedMs: number, texts: number): number {
  return texts === 0 ? 0 : (elapsedMs * 1000) / texts;
}

/**
 * Applies `score` to every item and times the pass. The first few items are run once before the
 * clock starts so the figure shows the engine's steady speed, not the JIT compiler warming up.
 */
export function timedMap<T, R>(
  items: readonly T[],
  score: (item: T) => R,
  warmUpItems = 300,
): { results: R[]; msPer1000: number } {
  for (let i = 0; i < Math.min(warmUpItems, items.length); i++) score(items[i]);
  const started = process.hrtime.bigint();
  const results = items.map(score);
  const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
  return { results, msPer1000: msPer1000(elapsedMs, items.length) };
}
