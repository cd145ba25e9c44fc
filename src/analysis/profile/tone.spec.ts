import { messagesFor } from '../report/messages';
import type { Platform, Profile } from '../types';
import { ENGINE_ANALYZERS } from './analyzers';
import { analyzeProfileFields } from './fields';
import { emotionalControlComponent, isHardSelling, professionalismComponent, professionalismScore, promotionComponent, sentimentComponent } from './tone';

const msg = messagesFor('en');

function fieldsOf(profile: Profile) {
  return analyzeProfileFields(profile, ENGINE_ANALYZERS);
}

function single(platform: Platform, posts: string[]): Profile {
  return { sources: [{ platform, posts: posts.map((text) => ({ text })) }] };
}

describe('tone', () => {
  it('judges the same casual style more strictly on LinkedIn than on TikTok', () => {
    const counts = { words: 20, informal: 4, emoji: 2, exclamations: 2, shouted: 0, profanity: 0 };
    expect(professionalismScore(counts, 'linkedin')).toBeLessThan(professionalismScore(counts, 'tiktok'));
    expect(professionalismScore({ ...counts, informal: 0, emoji: 0, exclamations: 0 }, 'linkedin')).toBe(100);
  });

  it('counts slang, shouting and exclamation runs from tokens', () => {
    const fields = fieldsOf(single('linkedin', ['Gw lagi nyari kerja bgt nih, yg butuh DM aja ya!!', 'SUPER EXCITED TODAY about my new role!!!']));
    const component = professionalismComponent(fields, msg);
    expect(component?.value).toBeLessThan(60);
    expect(component?.explanation).toMatch(/slang or informal/);
    const shouted = fields.flatMap((field) => field.shouted.map((token) => field.text.original.slice(token.start, token.end)));
    expect(shouted).toEqual(['SUPER', 'EXCITED', 'TODAY']);
  });

  it('does not treat acronyms and skill names in capitals as shouting', () => {
    const fields = fieldsOf(single('linkedin', ['Built KPI dashboards in SQL and HTML for the HRD team at PT ABCD.']));
    expect(fields[0].shouted.map((token) => fields[0].text.original.slice(token.start, token.end))).toEqual(['ABCD']);
  });

  it('lowers sentiment balance and emotional control for an attack on the boss', () => {
    const fields = fieldsOf(single('instagram', ['Bos gue emang goblok, kerja lembur gak dibayar!! Males bgt', 'Weekend hiking with friends, lovely views.']));
    expect(sentimentComponent(fields, msg)?.value).toBeLessThanOrEqual(50);
    expect(emotionalControlComponent(fields, msg)?.value).toBeLessThan(50);
  });

  it('treats gambling and undisclosed selling as hard selling and tolerates one promo in five', () => {
    const fields = fieldsOf(
      single('instagram', [
        'Promo diskon 50% hari ini, cek keranjang kuning ya kak',
        'Morning run by the river, 10 km done.',
        'Reading a good book about product design.',
        'Cooking rendang with my family this weekend.',
        'Learning SQL window functions tonight.',
      ]),
    );
    expect(isHardSelling(fields[0])).toBe(true);
    expect(isHardSelling(fields[1])).toBe(false);
    const ordinary = fieldsOf(single('linkedin', ['Helped the team buy new laptops and order supplies at a better price.']));
    expect(isHardSelling(ordinary[0])).toBe(false);
    expect(promotionComponent(fields, msg)?.value).toBe(100);
  });

  it('leaves tone components out when there is nothing to judge', () => {
    const fields = fieldsOf({ sources: [{ platform: 'x', handle: 'someone' }] });
    expect(professionalismComponent(fields, msg)).toBeUndefined();
    expect(sentimentComponent(fields, msg)).toBeUndefined();
    expect(promotionComponent(fields, msg)).toBeUndefined();
  });
});
