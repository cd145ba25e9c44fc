import { auditProfile } from '../index';
import type { Profile } from '../types';
import { wholeCodePoints } from './evidence';

/** Half of a surrogate pair: not Unicode text, and Postgres's jsonb refuses a report that holds one. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function loneSurrogates(value: unknown, path = 'report'): string[] {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? [`${path}: ${JSON.stringify(value)}`] : [];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => loneSurrogates(item, `${path}.${key}`));
}

// One sentence longer than an excerpt (160 units), so excerpts are windows cut by length around each hit:
// gambling promotion, a phone number and skills, for flags and components that quote it.
const RUN_ON =
  'RTP live hari ini udah update gacor jam 14 sampai 16 pola 10x manual 20x turbo yang mau link alternatif slot DM aja depo 10k ' +
  'bisa WD cepat hubungi 0812 3456 7890 sekarang juga aku juga mengajar Python SQL dan Excel untuk analisis data di komunitas';

function profileWith(about: string): Profile {
  return {
    targetRole: 'data analyst',
    sources: [
      { platform: 'instagram', handle: 'rina.data', about },
      { platform: 'linkedin', handle: 'rina-data', headline: 'Data analyst', about: 'Python, SQL and dashboards for retail teams.' },
    ],
  };
}

describe('excerpts cut between whole characters', () => {
  it('widens a window whose either end falls inside a surrogate pair', () => {
    const text = 'ab🔥cd🔥';
    expect(wholeCodePoints(text, 3, 7)).toEqual({ start: 2, end: 8 });
    expect(wholeCodePoints(text, 2, 4)).toEqual({ start: 2, end: 4 });
    expect(wholeCodePoints(text, 0, text.length)).toEqual({ start: 0, end: text.length });
  });

  it('leaves no half of an emoji in any report string, wherever the emoji stands in a long sentence', () => {
    const found: string[] = [];
    for (let offset = 0; offset <= RUN_ON.length; offset += 1) {
      const about = `${RUN_ON.slice(0, offset)}🔥${RUN_ON.slice(offset)}`;
      const report = auditProfile(profileWith(about), { referenceDate: '2026-11-01' });
      found.push(...loneSurrogates(report).map((problem) => `emoji at ${offset}: ${problem}`));
    }
    expect(found.slice(0, 5)).toEqual([]);
  });
});
