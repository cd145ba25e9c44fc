/** Reads the judged dev profiles (`profiles/*.json`) and the recruiter's order in `profiles/RANKING.md`. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FLAG_CATEGORIES, type FlagCategory, type Grade, type Language, type Profile } from '../../src/analysis/types';

export interface Judgement {
  band: Grade;
  mustFlags: FlagCategory[];
  mustNotFlags: FlagCategory[];
  language: Language;
  achievements: string[];
  credentials: string[];
}

export interface JudgedProfile {
  /** File name without `.json`, e.g. '27-staff-backend-engineer'. */
  id: string;
  input: Profile;
  collectedAt: string;
  judgement: Judgement;
}

const GRADES: readonly string[] = ['A', 'B', 'C', 'D', 'E'];

function categories(file: string, key: string, value: unknown): FlagCategory[] {
  if (!Array.isArray(value)) throw new Error(`${file}: judgement.${key} must be a list`);
  for (const item of value) {
    if (!(FLAG_CATEGORIES as readonly unknown[]).includes(item)) throw new Error(`${file}: judgement.${key}: unknown category ${String(item)}`);
  }
  return value as FlagCategory[];
}

function strings(file: string, key: string, value: unknown): string[] {
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) throw new Error(`${file}: judgement.${key} must be a list of strings`);
  return value as string[];
}

export function parseJudgedProfile(file: string, raw: unknown): JudgedProfile {
  const data = raw as { input?: Profile; collectedAt?: unknown; judgement?: Record<string, unknown> };
  const j = data.judgement;
  if (!data.input || !Array.isArray(data.input.sources)) throw new Error(`${file}: input.sources missing`);
  if (typeof data.collectedAt !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(data.collectedAt)) throw new Error(`${file}: collectedAt must be YYYY-MM-DD`);
  if (!j || typeof j.band !== 'string' || !GRADES.includes(j.band)) throw new Error(`${file}: judgement.band must be A-E`);
  return {
    id: file.replace(/\.json$/, ''),
    input: data.input,
    collectedAt: data.collectedAt,
    judgement: {
      band: j.band as Grade,
      mustFlags: categories(file, 'mustFlags', j.mustFlags),
      mustNotFlags: categories(file, 'mustNotFlags', j.mustNotFlags),
      language: j.language as Language,
      achievements: strings(file, 'achievements', j.achievements),
      credentials: strings(file, 'credentials', j.credentials),
    },
  };
}

export function readJudgedProfiles(dir: string): JudgedProfile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => parseJudgedProfile(name, JSON.parse(readFileSync(join(dir, name), 'utf8'))));
}

/** Profile ids in RANKING.md order, best first (rows like `| 1 | 27-staff-backend-engineer | A | … |`). */
export function parseRanking(markdown: string): string[] {
  const ids: string[] = [];
  for (const line of markdown.split('\n')) {
    const match = /^\|\s*(\d+)\s*\|\s*([0-9]{2}-[^|\s]+)\s*\|/.exec(line);
    if (match) ids[Number(match[1]) - 1] = match[2];
  }
  return ids.filter((id) => id !== undefined);
}
