import type { Metrics } from 'bullmq';

const MINUTE_MS = 60_000;

export interface Percentiles {
  /** Median, in milliseconds; null when no job finished in the window. */
  p50: number | null;
  p95: number | null;
  /** How many finished jobs the percentiles are computed from. */
  samples: number;
}

/** Nearest-rank percentile of an ascending array. */
function nearestRank(sorted: readonly number[], fraction: number): number {
  const rank = Math.ceil(fraction * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function percentiles(values: readonly number[]): Percentiles {
  if (values.length === 0) return { p50: null, p95: null, samples: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: nearestRank(sorted, 0.5), p95: nearestRank(sorted, 0.95), samples: sorted.length };
}

/**
 * Jobs finished in the last `minutes` whole minutes (the current minute included), from BullMQ's own
 * per-minute metrics. BullMQ keeps the running total in `meta.count`, flushes the count of a finished
 * minute into `data` (newest first) when the next job finishes in a later minute, and holds the
 * current minute's jobs as `meta.count - meta.prevCount` until then.
 */
export function finishedInLastMinutes(metrics: Metrics, minutes: number, now: number): number {
  const { count, prevTS, prevCount } = metrics.meta;
  if (!prevTS) return count;
  const nowMinute = Math.floor(now / MINUTE_MS);
  const pendingMinute = Math.floor(prevTS / MINUTE_MS);
  const oldestMinute = nowMinute - minutes + 1;
  let total = pendingMinute >= oldestMinute ? count - prevCount : 0;
  for (let index = 0; index < metrics.data.length; index += 1) {
    const minute = pendingMinute - 1 - index;
    if (minute < oldestMinute) break;
    total += metrics.data[index] ?? 0;
  }
  return total;
}
