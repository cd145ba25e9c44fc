import { Readable } from 'node:stream';
import { validateProfile } from '../../analysis/validate';
import { PRIVATE, tiktokDocument } from '../testing/fixtures';
import { parseTikTok } from './tiktok';

describe('TikTok download (JSON)', () => {
  it('takes profile, follower counts and public captions with dates and likes; builds nothing else', async () => {
    const result = await parseTikTok(Readable.from([tiktokDocument()]), 'user_data_tiktok.json', ['user_data_tiktok.json']);
    expect(result.sources[0]).toEqual({
      platform: 'tiktok',
      handle: 'bayu.data',
      displayName: 'Bayu Santoso',
      url: 'https://www.tiktok.com/@bayu.data',
      about: 'Data engineer 🇮🇩 | tips SQL & Airflow tiap Senin',
      metrics: { followers: 1520, following: 180 },
      posts: [
        { text: 'Window function SQL dalam 60 detik #sql #dataengineer', postedAt: '2026-01-12T10:00:00Z', likes: 412 },
        { text: 'How I test Airflow DAGs locally, part 1. Shoutout @user for the idea', postedAt: '2026-01-05T09:30:00Z', likes: 96 },
      ],
    });
    expect(result.skipped.map((item) => [item.code, item.count])).toEqual([
      ['not-public', 1],
      ['no-text', 1],
    ]);
    expect(validateProfile({ sources: result.sources }).ok).toBe(true);
    expect(JSON.stringify(result)).not.toContain(PRIVATE);
  });

  it('reads the older layout (Profile / Video sections)', async () => {
    const older = JSON.stringify({
      Profile: { 'Profile Information': { ProfileMap: { userName: 'bayu.data', bioDescription: 'Tips data', birthDate: PRIVATE } } },
      Video: { Videos: { VideoList: [{ Date: '2023-04-01 08:00:00', Likes: '7', Desc: 'Belajar SQL' }] } },
    });
    const result = await parseTikTok(Readable.from([older]), 'user_data.json', ['user_data.json']);
    expect(result.sources[0]).toMatchObject({ handle: 'bayu.data', about: 'Tips data', posts: [{ text: 'Belajar SQL', postedAt: '2023-04-01T08:00:00Z', likes: 7 }] });
  });

  it("refuses JSON that is not TikTok's", async () => {
    await expect(parseTikTok(Readable.from(['{"name":"x"}']), 'data.json', [])).rejects.toMatchObject({ kind: 'unprocessable', message: expect.stringContaining("not TikTok's data file") });
  });
});
