import { finishedInLastMinutes, percentiles } from './queue-stats.math';

const minute = (n: number) => n * 60_000;

describe('percentiles (nearest rank)', () => {
  it('gives nulls and zero samples for no data', () => {
    expect(percentiles([])).toEqual({ p50: null, p95: null, samples: 0 });
  });

  it('takes the median and the 95th of unsorted values', () => {
    const values = Array.from({ length: 100 }, (_, index) => 100 - index);
    expect(percentiles(values)).toEqual({ p50: 50, p95: 95, samples: 100 });
    expect(percentiles([7])).toEqual({ p50: 7, p95: 7, samples: 1 });
    expect(percentiles([1, 2, 3, 1000])).toEqual({ p50: 2, p95: 1000, samples: 4 });
  });
});

describe('finishedInLastMinutes (BullMQ per-minute metrics)', () => {
  // The last flush happened in minute 100: 4 jobs finished since then; data[0] is minute 99, data[1] minute 98, ...
  const metrics = { meta: { count: 30, prevTS: minute(100) + 5_000, prevCount: 26 }, data: [5, 0, 7, 2], count: 4 };

  it('counts the current minute’s pending jobs and the flushed minutes inside the window', () => {
    expect(finishedInLastMinutes(metrics, 1, minute(100) + 30_000)).toBe(4);
    expect(finishedInLastMinutes(metrics, 2, minute(100) + 30_000)).toBe(9);
    expect(finishedInLastMinutes(metrics, 60, minute(100) + 30_000)).toBe(18);
  });

  it('drops minutes that have left the window when nothing finished since', () => {
    expect(finishedInLastMinutes(metrics, 1, minute(102))).toBe(0);
    expect(finishedInLastMinutes(metrics, 3, minute(102))).toBe(4);
    expect(finishedInLastMinutes(metrics, 4, minute(102))).toBe(9);
  });

  it('is zero for a queue whose workers never recorded metrics', () => {
    expect(finishedInLastMinutes({ meta: { count: 0, prevTS: 0, prevCount: 0 }, data: [], count: 0 }, 60, minute(5))).toBe(0);
  });
});
