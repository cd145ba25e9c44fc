import { validateProfile } from '../../analysis/validate';
import { zipOf } from '../testing/builders';
import { facebookEntries, PRIVATE } from '../testing/fixtures';
import { recordZipOpens } from '../../../test/imports/zip-opens';
import { ZipArchive } from '../archive/zip';
import { parseFacebook } from './facebook';

const LIMITS = { maxFileBytes: 50 << 20, maxExtractedBytes: 50 << 20, maxEntries: 1000, maxPdfPages: 30 };

describe('Facebook download (JSON)', () => {
  it('takes the text and date of own posts only; tags, places, titles and every other file stay unread', async () => {
    const spy = recordZipOpens();
    const archive = await ZipArchive.open({ name: 'facebook-bayusantoso.zip', bytes: await zipOf(facebookEntries()) }, LIMITS);
    try {
      const result = await parseFacebook(archive, '');
      expect(result.sources).toEqual([
        {
          platform: 'facebook',
          posts: [
            { text: 'Alhamdulillah, hari pertama jadi mentor di bootcamp data. Semoga bermanfaat buat teman-teman 🙏', postedAt: '2026-01-05T08:00:00Z' },
            { text: 'Finally shipped the new data quality checks at work. 0 broken dashboards this week!', postedAt: '2025-11-24T16:00:00Z' },
          ],
        },
      ]);
      expect(result.skipped).toEqual([expect.objectContaining({ code: 'no-text', count: 1 })]);
      expect(result.warnings).toEqual([expect.stringContaining('does not say who could see each post')]);
      expect(validateProfile({ sources: result.sources }).ok).toBe(true);
      expect(spy.opened).toEqual(['your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json']);
      const text = JSON.stringify(result);
      expect(text).not.toContain(PRIVATE);
      expect(text).not.toMatch(/Kopi Kenangan|Tagged Friend|updated his status/);
    } finally {
      archive.close();
      spy.restore();
    }
  });
});
