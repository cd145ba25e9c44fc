/**
 * Engine benchmark: audits deterministic synthetic profiles of about 1 KB, 8 KB and 200 KB of text
 * built from the example profiles' sentences, and prints median/p95 latency and throughput on one core.
 * Exits 1 when the cost per KB of the large profile exceeds 1.5x that of the typical one (non-linear scaling).
 *
 * Usage: npm run bench [-- --examples DIR]
 *
 * With `--typical-runs N` it only audits the typical profile 5 times to warm up and then N times,
 * untimed: scripts/bench-instructions.sh runs that under callgrind to count instructions per audit.
 */
import * as fs from 'fs';
import * as path from 'path';
import { auditProfile, PLATFORMS, type Post, type Profile, type Source } from '../src/analysis';

const MAX_RATIO = 1.5;

interface Case {
  name: string;
  profile: Profile;
  textBytes: number;
  warmup: number;
  runs: number;
}

function examplesDir(argv: readonly string[]): string {
  const flag = argv.indexOf('--examples');
  if (flag >= 0 && argv[flag + 1]) return path.resolve(argv[flag + 1]);
  return path.resolve(__dirname, '../../docs/examples');
}

function collectTexts(value: unknown, out: string[]): void {
  if (typeof value === 'string') {
    out.push(value);
    return;
  }
  if (Array.isArray(value)) for (const item of value) collectTexts(item, out);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'headline' || key === 'about' || key === 'text') collectTexts(item, out);
      else if (typeof item === 'object') collectTexts(item, out);
    }
  }
}

/** Splits the example texts into sentences (on ". ", "! ", "? " and " | "). */
function exampleSentences(dir: string): string[] {
  const texts: string[] = [];
  for (const file of fs.readdirSync(dir).filter((name) => name.endsWith('.json')).sort()) {
    collectTexts(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')), texts);
  }
  const sentences: string[] = [];
  for (const text of texts) {
    let current = '';
    for (let index = 0; index < text.length; index += 1) {
      current += text[index];
      const boundary = '.!?|'.includes(text[index]) && (text[index + 1] === ' ' || index === text.length - 1);
      if (boundary) {
        if (current.trim().length > 3) sentences.push(current.trim());
        current = '';
      }
    }
    if (current.trim().length > 3) sentences.push(current.trim());
  }
  return sentences;
}

/** Deterministic pseudo-random sequence (LCG), so every run benchmarks the same profiles. */
function sequence(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function textOf(sentences: readonly string[], next: () => number, targetLength: number): string {
  let text = '';
  while (text.length < targetLength) {
    const sentence = sentences[Math.floor(next() * sentences.length)];
    text += (text ? ' ' : '') + sentence;
  }
  return text;
}

function isoDay(dayOffset: number): string {
  return new Date(Date.UTC(2026, 0, 1) + dayOffset * 86_400_000).toISOString().slice(0, 10);
}

function buildProfile(sentences: readonly string[], seed: number, sources: number, postsPerSource: number, aboutLength: number, postLength: number): Profile {
  const next = sequence(seed);
  const built: Source[] = [];
  for (let index = 0; index < sources; index += 1) {
    const posts: Post[] = [];
    for (let post = 0; post < postsPerSource; post += 1) {
      posts.push({ text: textOf(sentences, next, postLength), postedAt: isoDay(300 - post * 6 - index), likes: Math.floor(next() * 200) });
    }
    built.push({
      platform: PLATFORMS[index % PLATFORMS.length],
      handle: `rina.hartono${index}`,
      displayName: index % 3 === 0 ? 'Rina Hartono' : 'Rina H.',
      headline: textOf(sentences, next, 60),
      about: textOf(sentences, next, aboutLength),
      posts,
      metrics: { followers: 1000 + index * 500, following: 300, avgLikes: 40, avgComments: 5 },
    });
  }
  return { sources: built, targetRole: 'data analyst' };
}

function textBytes(profile: Profile): number {
  let bytes = 0;
  for (const source of profile.sources) {
    for (const value of [source.handle, source.displayName, source.headline, source.about]) bytes += Buffer.byteLength(value ?? '', 'utf8');
    for (const post of source.posts ?? []) bytes += Buffer.byteLength(post.text, 'utf8');
  }
  return bytes;
}

function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))];
}

function time(profile: Profile, warmup: number, runs: number): number[] {
  for (let index = 0; index < warmup; index += 1) auditProfile(profile);
  const samples: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const start = process.hrtime.bigint();
    auditProfile(profile);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return samples.sort((a, b) => a - b);
}

function typicalProfile(sentences: readonly string[]): Profile {
  return buildProfile(sentences, 2, 3, 8, 750, 205);
}

/** The value after `--typical-runs`, or undefined when the flag is absent. */
function typicalRuns(argv: readonly string[]): number | undefined {
  const flag = argv.indexOf('--typical-runs');
  if (flag < 0) return undefined;
  const runs = Number(argv[flag + 1]);
  if (!Number.isInteger(runs) || runs < 0) throw new Error('--typical-runs needs a whole number of runs');
  return runs;
}

function main(): number {
  const argv = process.argv.slice(2);
  const sentences = exampleSentences(examplesDir(argv));
  const untimedRuns = typicalRuns(argv);
  if (untimedRuns !== undefined) {
    const profile = typicalProfile(sentences);
    for (let index = 0; index < 5 + untimedRuns; index += 1) auditProfile(profile);
    return 0;
  }
  const cases: Case[] = [
    { name: 'small (~1 KB)', profile: buildProfile(sentences, 1, 1, 2, 500, 200), textBytes: 0, warmup: 300, runs: 2000 },
    { name: 'typical (~8 KB)', profile: typicalProfile(sentences), textBytes: 0, warmup: 100, runs: 1000 },
    { name: 'large (~200 KB)', profile: buildProfile(sentences, 3, 12, 50, 2000, 280), textBytes: 0, warmup: 5, runs: 40 },
  ].map((item) => ({ ...item, textBytes: textBytes(item.profile) }));

  const perKb = new Map<string, number>();
  console.log('case               text KB   median ms   p95 ms   profiles/s     KB/s');
  for (const item of cases) {
    const samples = time(item.profile, item.warmup, item.runs);
    const median = percentile(samples, 0.5);
    const p95 = percentile(samples, 0.95);
    const kb = item.textBytes / 1024;
    perKb.set(item.name, median / kb);
    console.log(
      `${item.name.padEnd(18)} ${kb.toFixed(1).padStart(7)} ${median.toFixed(3).padStart(11)} ${p95.toFixed(3).padStart(8)} ${(1000 / median).toFixed(0).padStart(12)} ${((kb * 1000) / median).toFixed(0).padStart(8)}`,
    );
  }
  const ratio = (perKb.get(cases[2].name) as number) / (perKb.get(cases[1].name) as number);
  console.log(`\nscaling ratio (large ms/KB) / (typical ms/KB) = ${ratio.toFixed(2)} (must stay under ${MAX_RATIO})`);
  if (ratio >= MAX_RATIO) {
    console.error('FAIL: cost per KB grows with input size');
    return 1;
  }
  return 0;
}

process.exitCode = main();
