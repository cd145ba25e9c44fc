import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseCsv, parseTsv, recordsWithHeader } from '../../scripts/eval/csv';
import {
  accuracy,
  binaryCounts,
  confusionMatrix,
  f1,
  falsePositiveRate,
  macroF1,
  msPer1000,
  oneVsRest,
  precision,
  recall,
} from '../../scripts/eval/metrics';
import {
  checkLimits,
  defaultDataDir,
  exitCodeOf,
  formatOutcomes,
  main,
  parseArgs,
  runTasks,
} from '../../scripts/eval/index';
import { idSentimentTask, measureIdSentiment, readIdSentiment } from '../../scripts/eval/id-sentiment';
import { enSentimentTask, measureEnSentiment, readEnSentiment, signAgrees } from '../../scripts/eval/en-sentiment';
import type { EvalResult, EvalTask } from '../../scripts/eval/task';

const EVAL_DATA = resolve(__dirname, '..', 'eval-data');

describe('parseCsv', () => {
  it('splits plain records on commas and LF or CRLF', () => {
    expect(parseCsv('a,b\n1,2\r\n3,4')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('keeps commas, doubled quotes and newlines inside quoted fields', () => {
    const text = 'text,label\n"hello, world",1\n"she said ""hi""",0\n"line one\nline two\r\nline three",1\n';
    expect(parseCsv(text)).toEqual([
      ['text', 'label'],
      ['hello, world', '1'],
      ['she said "hi"', '0'],
      ['line one\nline two\r\nline three', '1'],
    ]);
  });

  it('keeps empty fields, a quoted empty field and a final record without newline', () => {
    expect(parseCsv('a,,c\n"",x,\nlast,"q"')).toEqual([
      ['a', '', 'c'],
      ['', 'x', ''],
      ['last', 'q'],
    ]);
  });

  it('returns no records for empty text and drops a leading byte-order mark', () => {
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('\uFEFFa,b\n')).toEqual([['a', 'b']]);
  });

  it('keeps a quote in the middle of an unquoted field as text', () => {
    expect(parseCsv('5" screen,1')).toEqual([['5" screen', '1']]);
  });

  it('runs through an unterminated quote to the end without hanging', () => {
    expect(parseCsv('"open,1\n2,3')).toEqual([['open,1\n2,3']]);
  });

  it('reads a large file with many quoted fields', () => {
    const row = '"a ""quoted"", multi\nline field",1\n';
    const records = parseCsv(`text,label\n${row.repeat(20_000)}`);
    expect(records).toHaveLength(20_001);
    expect(records[20_000]).toEqual(['a "quoted", multi\nline field', '1']);
  });
});

describe('parseTsv and recordsWithHeader', () => {
  it('splits on tabs, skips blank lines, accepts CRLF', () => {
    expect(parseTsv('text\tlabel\r\nhi there\tpositive\n\nbye\tnegative\n')).toEqual([
      ['text', 'label'],
      ['hi there', 'positive'],
      ['bye', 'negative'],
    ]);
  });

  it('keys records by the header and fills missing fields with ""', () => {
    expect(recordsWithHeader([['text', 'label'], ['a', 'x'], ['b']])).toEqual([
      { text: 'a', label: 'x' },
      { text: 'b', label: '' },
    ]);
    expect(recordsWithHeader([])).toEqual([]);
  });
});

describe('metrics', () => {
  it('computes precision, recall, F1, FPR and accuracy from binary counts', () => {
    const gold = [true, true, true, true, false, false, false, false, false, false];
    const pred = [true, true, true, false, true, false, false, false, false, false];
    const counts = binaryCounts(gold, pred);
    expect(counts).toEqual({ tp: 3, fp: 1, fn: 1, tn: 5 });
    expect(precision(counts)).toBeCloseTo(0.75, 10);
    expect(recall(counts)).toBeCloseTo(0.75, 10);
    expect(f1(counts)).toBeCloseTo(0.75, 10);
    expect(falsePositiveRate(counts)).toBeCloseTo(1 / 6, 10);
  });

  it('returns 0, not NaN, when a denominator is zero', () => {
    const none = { tp: 0, fp: 0, fn: 0, tn: 4 };
    expect(precision(none)).toBe(0);
    expect(recall(none)).toBe(0);
    expect(f1(none)).toBe(0);
    expect(falsePositiveRate({ tp: 2, fp: 0, fn: 0, tn: 0 })).toBe(0);
  });

  it('builds a confusion matrix and derives accuracy and macro-F1 from it', () => {
    const labels = ['positive', 'negative', 'neutral'] as const;
    const gold = ['positive', 'positive', 'positive', 'negative', 'negative', 'neutral'] as const;
    const pred = ['positive', 'positive', 'negative', 'negative', 'neutral', 'neutral'] as const;
    const confusion = confusionMatrix(labels, gold, pred);
    expect(confusion.counts).toEqual([
      [2, 1, 0],
      [0, 1, 1],
      [0, 0, 1],
    ]);
    expect(accuracy(confusion)).toBeCloseTo(4 / 6, 10);
    expect(oneVsRest(confusion, 'negative')).toEqual({ tp: 1, fp: 1, fn: 1, tn: 3 });
    // F1: positive 2*2/(4+0+1)=0.8, negative 2/(2+1+1)=0.5, neutral 2/(2+1+0)=2/3.
    expect(macroF1(confusion)).toBeCloseTo((0.8 + 0.5 + 2 / 3) / 3, 10);
  });

  it('gives perfect predictions macro-F1 1 and rejects unknown labels and length mismatches', () => {
    const labels = ['a', 'b'] as const;
    expect(macroF1(confusionMatrix(labels, ['a', 'b', 'b'], ['a', 'b', 'b']))).toBe(1);
    expect(() => confusionMatrix(labels, ['a'], ['c' as 'a'])).toThrow(/label/);
    expect(() => binaryCounts([true], [])).toThrow(/items/);
  });

  it('converts elapsed time to ms per 1,000 texts', () => {
    expect(msPer1000(50, 200)).toBe(250);
    expect(msPer1000(10, 0)).toBe(0);
  });
});

describe('runner arguments', () => {
  it('defaults to <repo root>/../shared/eval, three levels above dist/scripts/eval', () => {
    expect(defaultDataDir('/x/repo/dist/scripts/eval', () => true)).toBe(resolve('/x/shared/eval'));
    // A clone without the team's folder measures the sets it ships.
    expect(defaultDataDir('/x/repo/dist/scripts/eval', () => false)).toBe(resolve('/x/repo/test/eval-data'));
    expect(parseArgs([], '/default')).toEqual({ ok: true, dataDir: '/default' });
  });

  it('accepts --data DIR and --data=DIR, rejects anything else', () => {
    expect(parseArgs(['--data', '/d'], '/default')).toEqual({ ok: true, dataDir: resolve('/d') });
    expect(parseArgs(['--data=/e'], '/default')).toEqual({ ok: true, dataDir: resolve('/e') });
    expect(parseArgs(['--data'], '/default').ok).toBe(false);
    expect(parseArgs(['--data', '--verbose'], '/default').ok).toBe(false);
    expect(parseArgs(['--verbose'], '/default').ok).toBe(false);
  });
});

describe('runner outcomes', () => {
  const result = (metrics: Record<string, number>, extra: Partial<EvalResult> = {}): EvalResult => ({
    name: 'toy',
    metrics,
    floors: { f1: 0.9 },
    texts: 1200,
    msPer1000: 12.345,
    ...extra,
  });

  it('checks floors and ceilings', () => {
    expect(checkLimits(result({ f1: 0.95 }))).toEqual([]);
    expect(checkLimits(result({ f1: 0.85 }))).toEqual(['f1 0.850 < 0.900']);
    expect(checkLimits(result({ f1: 0.95, fpr: 0.08 }, { ceilings: { fpr: 0.05 } }))).toEqual(['fpr 0.080 > 0.050']);
    expect(checkLimits(result({ f1: Number.NaN }))).toHaveLength(1);
  });

  it('skips tasks without a folder, reports crashes, and sets the exit code', () => {
    const dir = mkdtempSync(join(tmpdir(), 'citra-eval-'));
    try {
      mkdirSync(join(dir, 'passing'));
      mkdirSync(join(dir, 'crashing'));
      const tasks: EvalTask[] = [
        { name: 'passing', run: () => ({ ...result({ f1: 0.95 }), name: 'passing' }) },
        { name: 'missing', run: () => result({ f1: 1 }) },
        {
          name: 'crashing',
          run: () => {
            throw new Error('bad row 3');
          },
        },
      ];
      const outcomes = runTasks(tasks, dir);
      expect(outcomes.map((o) => o.status)).toEqual(['measured', 'skipped', 'crashed']);
      expect(exitCodeOf(outcomes)).toBe(1);
      expect(exitCodeOf(outcomes.slice(0, 2))).toBe(0);
      const lines = formatOutcomes(outcomes);
      expect(lines[0]).toContain('1,200 texts');
      expect(lines[0]).toContain('f1 0.950');
      expect(lines[0]).toContain('PASS');
      expect(lines[0]).toContain('12.3 ms / 1,000 texts');
      expect(lines[1]).toContain('SKIPPED');
      expect(lines[2]).toContain('bad row 3');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('aligns the columns of measured lines', () => {
    const lines = formatOutcomes([
      { name: 'a', status: 'measured', result: result({ f1: 0.95 }), failures: [] },
      { name: 'longer-name', status: 'measured', result: result({ f1: 0.5 }), failures: ['f1'] },
    ]);
    expect(lines[0].indexOf('texts')).toBe(lines[1].indexOf('texts'));
    expect(lines[0].indexOf('PASS')).toBe(lines[1].indexOf('FAIL'));
  });

  it('main exits 2 on bad arguments or a missing folder', () => {
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(main(['--nope'], [])).toBe(2);
      expect(main(['--data', join(tmpdir(), 'citra-no-such-folder')], [])).toBe(2);
    } finally {
      stderr.mockRestore();
    }
  });
});

describe('sentiment tasks on test/eval-data', () => {
  it('reads the hand-written Indonesian set and measures it', () => {
    const rows = readIdSentiment(join(EVAL_DATA, 'id-sentiment', 'dev.tsv'));
    expect(rows.length).toBeGreaterThanOrEqual(40);
    const measured = idSentimentTask.run(EVAL_DATA);
    expect(measured.name).toBe('id-sentiment');
    expect(measured.texts).toBe(rows.length);
    expect(measured.metrics.accuracy).toBeGreaterThan(0.7);
    expect(measured.metrics.macroF1).toBeGreaterThan(0.6);
    expect(measured.metrics.macroF1).toBeLessThanOrEqual(1);
    expect(measured.floors).toEqual({ macroF1: 0.85 });
  });

  it('computes accuracy and macro-F1 exactly on a known set', () => {
    const measured = measureIdSentiment([
      { text: 'bagus banget, puas sekali', label: 'positive' },
      { text: 'pelayanannya buruk dan mengecewakan', label: 'negative' },
      { text: 'pelayanannya buruk dan mengecewakan', label: 'positive' },
    ]);
    // Predictions: positive, negative, negative -> positive F1 2/3, negative F1 2/3, neutral 0.
    expect(measured.metrics.accuracy).toBeCloseTo(2 / 3, 10);
    expect(measured.metrics.macroF1).toBeCloseTo((2 / 3 + 2 / 3 + 0) / 3, 10);
  });

  it('reads the hand-written English set and measures sign accuracy on |valence| >= 0.5', () => {
    const rows = readEnSentiment(join(EVAL_DATA, 'en-sentiment', 'dev.tsv'));
    const polar = rows.filter((r) => Math.abs(r.valence) >= 0.5);
    expect(polar.length).toBeLessThan(rows.length);
    const measured = enSentimentTask.run(EVAL_DATA);
    expect(measured.texts).toBe(polar.length);
    expect(measured.metrics.signAccuracy).toBeGreaterThan(0.85);
  });

  it('counts a neutral prediction as wrong', () => {
    expect(signAgrees('neutral', 2)).toBe(false);
    expect(signAgrees('positive', 2)).toBe(true);
    expect(signAgrees('positive', -2)).toBe(false);
    const measured = measureEnSentiment([
      { text: 'What a wonderful, inspiring talk!', valence: 2.5 },
      { text: 'The meeting is in room four.', valence: 1.2 },
      { text: 'Terrible service, never again.', valence: 2 },
      { text: 'Slightly odd.', valence: 0.1 },
    ]);
    expect(measured.texts).toBe(3);
    expect(measured.metrics.signAccuracy).toBeCloseTo(1 / 3, 10);
  });

  it('rejects a file with an unknown label', () => {
    const dir = mkdtempSync(join(tmpdir(), 'citra-eval-'));
    try {
      writeFileSync(join(dir, 'bad.tsv'), 'text\tlabel\nhalo\tmaybe\n');
      expect(() => readIdSentiment(join(dir, 'bad.tsv'))).toThrow(/unknown label/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
