/**
 * npm run bench:imports [-- ROUNDS]: how long imports take, how much memory they use, and how
 * much they hold up the event loop of the process that asks for them (the API), with the parser
 * in its thread (as the API and CLI run it) and, for comparison, on the caller's own event loop.
 * Each round measures an idle baseline of the same length first; figures are medians of the rounds.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { importFile } from '../src/imports/import-file';
import { readImportSettings } from '../src/imports/import-settings';
import { ImportRunner } from '../src/imports/runner/import-runner';
import { pdfOf, twitterDate, ytd, zipOf } from '../src/imports/testing/builders';
import { linkedinExportEntries, linkedinPdfLines, xArchiveEntries } from '../src/imports/testing/fixtures';
import type { ImportInput } from '../src/imports/types';

interface Sample {
  ms: number;
  loopMaxMs: number;
  loopP99Ms: number;
  rssPeakMb: number;
}

function tweets(count: number): string {
  const start = Date.UTC(2016, 0, 1);
  return ytd(
    'tweets',
    Array.from({ length: count }, (_, index) => ({
      tweet: {
        retweeted: false,
        entities: { hashtags: [], symbols: [], user_mentions: [], urls: [] },
        favorite_count: String(index % 90),
        retweet_count: String(index % 7),
        id_str: String(1e15 + index),
        created_at: twitterDate(new Date(start + index * 3_600_000).toISOString()),
        full_text: `Catatan ${index}: query SQL untuk laporan penjualan mingguan, dibersihkan dan diuji dulu sebelum masuk dashboard. #data ${index % 97}`,
        lang: 'in',
      },
    })),
  );
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function measure(work: () => Promise<unknown>): Promise<Sample> {
  const loop = monitorEventLoopDelay({ resolution: 5 });
  const baseRss = process.memoryUsage().rss;
  let peak = baseRss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  loop.enable();
  const started = performance.now();
  await work();
  const ms = performance.now() - started;
  loop.disable();
  clearInterval(sampler);
  return { ms, loopMaxMs: loop.max / 1e6, loopP99Ms: loop.percentile(99) / 1e6, rssPeakMb: (peak - baseRss) / (1 << 20) };
}

function idle(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function row(label: string, samples: Sample[]): string {
  const pick = (key: keyof Sample) => median(samples.map((sample) => sample[key])).toFixed(key === 'ms' ? 0 : 1);
  return `| ${label} | ${pick('ms')} | ${pick('loopMaxMs')} | ${pick('loopP99Ms')} | ${pick('rssPeakMb')} |`;
}

async function main(): Promise<void> {
  const rounds = Number(process.argv[2] ?? 3);
  const settings = readImportSettings(process.env);
  const runner = new ImportRunner(settings);
  const cases: [string, Buffer][] = [
    ['LinkedIn export (typical)', await zipOf(linkedinExportEntries())],
    ['LinkedIn Save to PDF (typical, 1 page)', await pdfOf(linkedinPdfLines())],
    ['X archive, 3,000 tweets (typical)', await zipOf({ ...xArchiveEntries(), 'data/tweets.js': tweets(3_000) })],
    ['X archive, 180 MB tweets.js (worst under the caps)', await zipOf({ ...xArchiveEntries(), 'data/tweets.js': tweets(375_000) })],
  ];
  process.stdout.write(`rounds: ${rounds}; heap ceiling ${settings.heapMb} MB; medians\n\n`);
  process.stdout.write('| file | ms | event-loop max ms | event-loop p99 ms | RSS peak over start MB |\n|---|---|---|---|---|\n');
  for (const [label, bytes] of cases) {
    const threaded: Sample[] = [];
    const inline: Sample[] = [];
    const baseline: Sample[] = [];
    for (let round = 0; round < rounds; round += 1) {
      const input = (): ImportInput => ({ name: label.includes('PDF') ? 'Profile.pdf' : 'bench.zip', bytes: new Uint8Array(bytes) });
      const sample = await measure(() => runner.run(input(), {}));
      threaded.push(sample);
      baseline.push(await measure(() => idle(sample.ms)));
      inline.push(await measure(() => importFile(input(), {}, settings.limits)));
    }
    const size = (bytes.length / (1 << 20)).toFixed(1);
    process.stdout.write(`${row(`${label}, ${size} MB file: parser thread`, threaded)}\n`);
    process.stdout.write(`${row(`  same, idle baseline`, baseline)}\n`);
    process.stdout.write(`${row(`  same, parsed on the caller's event loop`, inline)}\n`);
  }
}

void main();
