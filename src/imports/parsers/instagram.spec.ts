import { validateProfile } from '../../analysis/validate';
import { zipOf } from '../testing/builders';
import { instagramEntries, PRIVATE } from '../testing/fixtures';
import { recordZipOpens } from '../../../test/imports/zip-opens';
import { ZipArchive } from '../archive/zip';
import { parseInstagram } from './instagram';

const LIMITS = { maxFileBytes: 50 << 20, maxExtractedBytes: 50 << 20, maxEntries: 1000, maxPdfPages: 30 };

describe('Instagram download (JSON)', () => {
  it('takes username, name, bio and website, and post and reel captions with dates, repairing Meta\'s escaping', async () => {
    const spy = recordZipOpens();
    const archive = await ZipArchive.open({ name: 'instagram-bayu.santoso-2026-01-15.zip', bytes: await zipOf(instagramEntries()) }, LIMITS);
    try {
      const result = await parseInstagram(archive, '');
      const [source] = result.sources;
      expect(source).toMatchObject({
        platform: 'instagram',
        handle: 'bayu.santoso',
        displayName: 'Bayu Santoso',
        url: 'https://www.instagram.com/bayu.santoso',
        about: 'Data engineer ☕ Surabaya → kopi & pipeline\nhttps://bayu.example.dev',
      });
      expect(source.posts).toEqual([
        { text: '3 tips SQL window function dalam 60 detik 🎬', postedAt: '2026-01-09T00:00:00Z' },
        { text: 'Ngopi sambil debugging DAG yang gagal jam 3 pagi ☕ #dataengineering', postedAt: '2026-01-08T00:00:00Z' },
        { text: 'Dokumentasi meetup kemarin, terima kasih @user! Materi soal Airflow dan dbt.', postedAt: '2025-12-25T00:00:00Z' },
      ]);
      expect(result.skipped).toEqual([expect.objectContaining({ code: 'no-text', count: 1 })]);
      expect(validateProfile({ sources: result.sources }).ok).toBe(true);
      expect(spy.opened).toEqual([
        'personal_information/personal_information/personal_information.json',
        'your_instagram_activity/media/posts_1.json',
        'your_instagram_activity/media/reels.json',
      ]);
      expect(JSON.stringify(result)).not.toContain(PRIVATE);
      expect(JSON.stringify(result)).not.toMatch(/latitude|-7\.2575/);
    } finally {
      archive.close();
      spy.restore();
    }
  });
});
