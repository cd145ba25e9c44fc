import { pdfOf, twitterDate, ytd, zipOf } from '../testing/builders';
import { linkedinPdfLines, PRIVATE, xArchiveEntries } from '../testing/fixtures';
import { validateProfile } from '../../analysis/validate';
import type { ImportLimits } from '../types';
import { ImportRunner } from './import-runner';

/** Each test starts parser threads that compile their TypeScript; a loaded machine makes that slow. */
const THREAD_TEST_TIMEOUT_MS = 60_000;

const LIMITS: ImportLimits = { maxFileBytes: 50 << 20, maxExtractedBytes: 200 << 20, maxEntries: 1000, maxPdfPages: 30 };

/** The heap ceiling the memory tests hold the parser thread to: far below the data it reads. */
const SMALL_HEAP_MB = 48;

function runner(settings: Partial<{ heapMb: number; timeoutMs: number }> = {}) {
  return new ImportRunner({ limits: LIMITS, heapMb: settings.heapMb ?? 128, timeoutMs: settings.timeoutMs ?? 30_000 });
}

/** An X archive's tweets.js with `count` tweets (about 480 bytes each, pretty-printed). */
function manyTweets(count: number): string {
  const day = 86_400_000;
  const start = Date.UTC(2020, 0, 1);
  const tweets = Array.from({ length: count }, (_, index) => ({
    tweet: {
      retweeted: false,
      entities: { hashtags: [], symbols: [], user_mentions: [], urls: [] },
      favorite_count: String(index % 50),
      retweet_count: '0',
      id_str: String(1e15 + index),
      created_at: twitterDate(new Date(start + index * (day / 10)).toISOString()),
      full_text: `Catatan harian ke-${index}: hari ini membersihkan data penjualan dan menulis query SQL untuk laporan mingguan tim.`,
      lang: 'in',
    },
  }));
  return ytd('tweets', tweets);
}

describe('ImportRunner (parser thread)', () => {
  it("imports LinkedIn's Save to PDF profile into sections, without contact details or locations", async () => {
    const result = await runner().run({ name: 'Profile.pdf', bytes: await pdfOf(linkedinPdfLines()) }, {});
    const [source] = result.sources;
    expect(source).toMatchObject({
      platform: 'linkedin',
      handle: 'bayusantoso',
      url: 'https://www.linkedin.com/in/bayusantoso',
      displayName: 'Bayu Santoso',
      headline: 'Data Engineer | Airflow, dbt, BigQuery | Reliable pipelines for retail analytics',
    });
    expect(source.about).toMatch(/^I build data pipelines that analysts trust\./);
    expect(source.about).toContain('Experience:\nTokobaru\nData Engineer\nMarch 2023 - Present (3 years)\nOwn the ingestion platform: 40 Airflow DAGs, dbt models for finance and merchandising.');
    expect(source.about).toContain('Education:\nInstitut Teknologi Sepuluh Nopember');
    expect(source.about).toContain('Certifications:\nGoogle Cloud Professional Data Engineer');
    expect(source.about).toContain('Skills: Apache Airflow, dbt, BigQuery');
    expect(source.about).toContain('Websites: https://bayu.example.dev');
    expect(JSON.stringify(result)).not.toContain(PRIVATE);
    expect(result.filesRead).toEqual(['Profile.pdf']);
    expect(validateProfile({ sources: result.sources }).ok).toBe(true);
  }, THREAD_TEST_TIMEOUT_MS);

  it('refuses an encrypted PDF, one without a text layer, a damaged one and one that is not a LinkedIn profile (422)', async () => {
    const cases: [Buffer, RegExp][] = [
      [await pdfOf(linkedinPdfLines(), { encrypt: true }), /is encrypted \(password-protected\)/],
      [await pdfOf([], { noText: true }), /has no text layer \(it is a scan or an image\)/],
      [Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >>\ntrailer garbage'), /is not a readable PDF/],
      [await pdfOf([{ text: 'Invoice 2026-001 for consulting services rendered in January', size: 11, column: 'main' }]), /does not look like LinkedIn's "Save to PDF" profile/],
    ];
    for (const [bytes, message] of cases) {
      await expect(runner().run({ name: 'Profile.pdf', bytes }, {})).rejects.toMatchObject({ kind: 'unprocessable', message: expect.stringMatching(message) });
    }
  }, THREAD_TEST_TIMEOUT_MS);

  it(`reads a 30 MB tweets.js with its heap held to ${SMALL_HEAP_MB} MB, keeping the 50 newest tweets`, async () => {
    const tweets = manyTweets(64_000);
    expect(tweets.length).toBeGreaterThan(29 << 20);
    const archive = await zipOf({ ...xArchiveEntries(), 'data/tweets.js': tweets });
    const result = await runner({ heapMb: SMALL_HEAP_MB }).run({ name: 'big.zip', bytes: archive }, {});
    expect(result.counts).toEqual({ postsFound: 64_001, postsKept: 50 });
    expect(result.sources[0].posts?.[0].text).toMatch(/^Catatan harian ke-63999:/);
    expect(result.skipped).toEqual([expect.objectContaining({ code: 'older-posts', count: 63_951 })]);
  }, THREAD_TEST_TIMEOUT_MS);

  it('stops a file that needs more than the heap ceiling with 413, and the caller lives on', async () => {
    const huge = `window.YTD.tweets.part0 = [{"tweet":{"full_text":"${'a'.repeat(120 << 20)}"}}]`;
    const archive = await zipOf({ 'data/account.js': ytd('account', []), 'data/tweets.js': huge });
    await expect(runner({ heapMb: 32 }).run({ name: 'huge.zip', bytes: archive }, {})).rejects.toMatchObject({
      kind: 'too_large',
      message: expect.stringContaining('huge.zip needs more memory to read than an import may use (32 MB)'),
    });
  }, THREAD_TEST_TIMEOUT_MS);

  it('gives up a file past the deadline (422)', async () => {
    const archive = await zipOf(xArchiveEntries());
    await expect(runner({ timeoutMs: 1 }).run({ name: 'slow.zip', bytes: archive }, {})).rejects.toMatchObject({
      kind: 'unprocessable',
      message: 'slow.zip took longer than 1 s to read and was given up.',
    });
  }, THREAD_TEST_TIMEOUT_MS);

  it('moves the bytes to the thread: the caller keeps nothing of the file', async () => {
    const bytes = new Uint8Array(await zipOf(xArchiveEntries()));
    await runner().run({ name: 'x.zip', bytes }, {});
    expect(bytes.byteLength).toBe(0);
  }, THREAD_TEST_TIMEOUT_MS);
});
