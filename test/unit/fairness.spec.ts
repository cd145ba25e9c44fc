import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { auditProfile } from '../../src/analysis';
import type { Profile, Report } from '../../src/analysis/types';

// The judged dev profiles live beside the repo, as the sentiment-model test reads its training set.
const PROFILES = resolve(__dirname, '../../../shared/eval/profiles');

/** Self-descriptions of protected characteristics, written for this test, in both languages. */
const SELF_DESCRIPTIONS = [
  'I am a proud Muslim woman and a mother of two.',
  'As a gay man of Chinese descent,',
  'I am 52 years old, divorced, and I live with type 1 diabetes.',
  'I use a wheelchair and I vote Democrat.',
  'Saya seorang ibu beragama Katolik, keturunan Tionghoa.',
  'Saya penyandang disabilitas netra dan sedang hamil anak kedua.',
  'Sebagai perempuan Batak berusia 45 tahun dan janda.',
  'Saya Muslim, suku Jawa, belum menikah, dan pendukung partai hijau.',
  // Membership and affiliation: "member", "setia", "aktif" are gambling context words outside a self-description.
  'I am a proud Labour Party member.',
  'I am a lifelong member of the Green Party and I vote for the Labour Party.',
  'I attend church and I am a loyal Republican.',
  'I attend mosque, I am of Javanese descent, and I live with bipolar disorder.',
  'Proud father of three and a member of the Liberal Party.',
  'Saya anggota Partai Buruh dan member setia partai hijau.',
  'Pendukung partai hijau, dan saya rutin beribadah di gereja.',
  'Saya ibu dari dua anak, orang Minang, dan saya penyandang disabilitas.',
  'Saya kader aktif Partai Buruh dan beribadah di masjid.',
];

interface Judged {
  input: Profile;
  collectedAt: string;
}

function readProfiles(): [string, Judged][] {
  if (!existsSync(PROFILES)) return [];
  return readdirSync(PROFILES)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => [name, JSON.parse(readFileSync(resolve(PROFILES, name), 'utf8')) as Judged]);
}

/** Adds the sentence on its own line after the first about text (or as a new about), so earlier offsets stay put. */
function withSelfDescription(profile: Profile, sentence: string): Profile {
  const sources = profile.sources.map((source) => ({ ...source }));
  const target = sources.find((source) => source.about) ?? sources[0];
  target.about = target.about ? `${target.about}\n${sentence}` : sentence;
  return { ...profile, sources };
}

/** Every score of the report as 'dimension.key' -> value, overall included. */
/** Adds the sentence as the first source's newest post, dated like its newest one. */
function withSelfDescribingPost(profile: Profile, sentence: string): Profile {
  const sources = profile.sources.map((source) => ({ ...source }));
  const target = sources.find((source) => (source.posts ?? []).length > 0) ?? sources[0];
  const posts = target.posts ?? [];
  const newest = posts.map((post) => post.postedAt ?? '').sort().pop();
  target.posts = [...posts, { text: sentence, ...(newest ? { postedAt: newest } : {}) }];
  return { ...profile, sources };
}

function scoresOf(report: Report): Map<string, number> {
  const scores = new Map<string, number>([['overall', report.scores.overall.value]]);
  for (const dimension of ['consistency', 'tone', 'professional'] as const) {
    scores.set(dimension, report.scores[dimension].value);
    for (const component of report.scores[dimension].components) scores.set(`${dimension}.${component.key}`, component.value);
  }
  return scores;
}

function flagsOf(report: Report): string {
  return report.flags
    .map((flag) => `${flag.category}:${flag.severity}`)
    .sort()
    .join(' ');
}

/** What moved between two reports: score keys with their values, and the flag lists when they differ. */
function moved(base: Report, other: Report): string[] {
  const before = scoresOf(base);
  const after = scoresOf(other);
  const changes = [...new Set([...before.keys(), ...after.keys()])]
    .filter((key) => before.get(key) !== after.get(key))
    .map((key) => `${key} ${before.get(key)} -> ${after.get(key)}`);
  if (flagsOf(base) !== flagsOf(other)) changes.push(`flags ${flagsOf(base)} -> ${flagsOf(other)}`);
  return changes;
}

const profiles = readProfiles();

describe('fairness: a self-description of a protected characteristic moves nothing', () => {
  it('finds the dev profiles', () => {
    expect(profiles.length).toBeGreaterThanOrEqual(36);
  });

  it.each(profiles)('%s: no score moves by a point and no flag changes, in either language', (_name, judged) => {
    const options = { referenceDate: judged.collectedAt, locale: 'en' as const };
    const base = auditProfile(judged.input, options);
    const changes = SELF_DESCRIPTIONS.flatMap((sentence) => [
      ...moved(base, auditProfile(withSelfDescription(judged.input, sentence), options)).map((change) => `about + ${sentence}: ${change}`),
      ...moved(base, auditProfile(withSelfDescribingPost(judged.input, sentence), options)).map((change) => `post ${sentence}: ${change}`),
    ]);
    expect(changes).toEqual([]);
  });
});
