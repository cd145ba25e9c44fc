import { FLAG_CATEGORIES, PLATFORMS } from '../../types';
import { messagesFor } from './index';

describe('message tables', () => {
  const tables = [messagesFor('en'), messagesFor('id')];

  it('name every platform, category and severity in both languages', () => {
    for (const msg of tables) {
      for (const platform of PLATFORMS) expect(msg.platform[platform].length).toBeGreaterThan(0);
      for (const category of FLAG_CATEGORIES) {
        expect(msg.categoryLabel[category].length).toBeGreaterThan(0);
        expect(msg.flag.risk({ category, platform: 'x', count: 2 })).toContain('X');
        const advice = msg.suggest.risk({ category, platform: 'linkedin', count: 1 });
        expect(advice.title.length).toBeGreaterThan(0);
        expect(advice.detail.length).toBeGreaterThan(0);
      }
    }
  });

  it('write Indonesian and English differently', () => {
    const [en, id] = tables;
    expect(id.flag.risk({ category: 'gambling', platform: 'instagram', count: 1 })).toBe('Promosi judi online di Instagram (1 bagian).');
    expect(en.flag.risk({ category: 'gambling', platform: 'instagram', count: 1 })).toBe('Online-gambling promotion on Instagram (1 passage).');
    expect(id.summary.disclaimer).not.toBe(en.summary.disclaimer);
  });

  it('format numbers with each locale’s separators', () => {
    const params = { followers: 25_000, following: 7_400, likes: 12.5, comments: 1, ratePct: 0.054 };
    expect(messagesFor('en').metricsExcerpt(params)).toBe('followers 25,000; following 7,400; avg likes 12.5; avg comments 1; engagement rate 0.05%');
    expect(messagesFor('id').metricsExcerpt(params)).toBe('pengikut 25.000; mengikuti 7.400; rata-rata suka 12,5; rata-rata komentar 1; tingkat engagement 0,05%');
  });
});
