import { validateProfile } from '../../analysis/validate';
import { zipOf } from '../testing/builders';
import { PRIVATE, xArchiveEntries } from '../testing/fixtures';
import { recordZipOpens } from '../../../test/imports/zip-opens';
import { ZipArchive } from '../archive/zip';
import { parseXArchive } from './x-archive';

const LIMITS = { maxFileBytes: 50 << 20, maxExtractedBytes: 50 << 20, maxEntries: 1000, maxPdfPages: 30 };

async function importX(options = {}) {
  const archive = await ZipArchive.open({ name: 'twitter.zip', bytes: await zipOf(xArchiveEntries()) }, LIMITS);
  try {
    return await parseXArchive(archive, '', options);
  } finally {
    archive.close();
  }
}

describe('X archive', () => {
  it('takes the handle, name, bio, website and own tweets with dates and counts', async () => {
    const result = await importX();
    const [source] = result.sources;
    expect(source).toMatchObject({ platform: 'x', handle: 'bayusantoso', displayName: 'Bayu Santoso', url: 'https://x.com/bayusantoso' });
    expect(source.about).toBe('Data engineer. Pipelines, Airflow, dbt. Kadang nulis soal kopi.\nhttps://bayu.example.dev');
    expect(source.posts?.[0]).toEqual({
      text: 'Part 2: the same trick works for incremental dbt models.',
      postedAt: '2026-01-10T09:20:00Z',
      likes: 4,
      shares: 1,
    });
    expect(source.posts?.[1]).toMatchObject({ text: expect.stringContaining('3h to 40 min by partitioning the fact tables & skipping'), likes: 38, shares: 7 });
    expect(source.posts?.map((post) => post.text)).toContain('Slides from my talk at the Surabaya data meetup: https://bayu.example.dev/talks/airflow');
    expect(validateProfile({ sources: result.sources }).ok).toBe(true);
  });

  it('leaves out retweets and replies to others (counted), keeps a thread of its own, and includes replies on request', async () => {
    const result = await importX();
    expect(result.counts).toEqual({ postsFound: 8, postsKept: 6 });
    expect(result.skipped).toEqual([
      expect.objectContaining({ code: 'retweets', count: 1 }),
      expect.objectContaining({ code: 'replies', count: 1 }),
    ]);
    const withReplies = await importX({ includeReplies: true });
    expect(withReplies.sources[0].posts?.map((post) => post.text)).toContain('@user setuju, backfill harus bisa diulang tanpa duplikat.');
  });

  it("replaces other people's handles by @user and keeps no other person's name", async () => {
    const result = await importX();
    const text = JSON.stringify(result);
    expect(text).toContain('Thanks @user for the review');
    expect(text).not.toMatch(/andi_pratama|Andi Pratama|dewi_k/);
  });

  it('opens only account.js, profile.js and the tweet files, and copies nothing private', async () => {
    const spy = recordZipOpens();
    try {
      const result = await importX();
      expect(spy.opened).toEqual(['data/account.js', 'data/profile.js', 'data/tweets-part1.js', 'data/tweets.js']);
      expect(result.filesRead).toEqual(spy.opened);
      expect(JSON.stringify(result)).not.toContain(PRIVATE);
    } finally {
      spy.restore();
    }
  });
});
