import type { AnalyzedText } from '../text/types';
import { PhraseMatcher } from './phrase-matcher';
import taxonomyData from './taxonomy/skills.json';

export type TaxonomyKind = 'role' | 'skill' | 'tool' | 'topic';

export interface TaxonomyEntry {
  id: string;
  label: string;
  kind: TaxonomyKind;
  family: string;
  aliases: string[];
}

export interface TaxonomyMention {
  entry: TaxonomyEntry;
  start: number;
  end: number;
}

const ENTRIES: readonly TaxonomyEntry[] = taxonomyData.entries.map((entry) => ({
  ...entry,
  kind: entry.kind as TaxonomyKind,
}));

const RELATED_FAMILIES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(taxonomyData.families as Record<string, string[]>).map(([family, related]) => [family, new Set(related)]),
);

const MATCHER = buildMatcher();

function buildMatcher(): PhraseMatcher<TaxonomyEntry> {
  const matcher = new PhraseMatcher<TaxonomyEntry>();
  // Roles first so that a phrase listed both as a role and a skill resolves to the role.
  const ordered = [...ENTRIES].sort((a, b) => kindRank(a.kind) - kindRank(b.kind));
  for (const entry of ordered) {
    matcher.add(entry.label, entry);
    for (const alias of entry.aliases) matcher.add(alias, entry);
  }
  return matcher;
}

function kindRank(kind: TaxonomyKind): number {
  return kind === 'role' ? 0 : kind === 'topic' ? 2 : 1;
}

export function findTaxonomyMentions(text: AnalyzedText): TaxonomyMention[] {
  return MATCHER.findAll(text.scoringTokens).map((match) => ({ entry: match.value, start: match.start, end: match.end }));
}

/** Same family, or families the taxonomy lists as neighbours (backend ~ devops, frontend ~ design). */
export function familiesRelated(a: string, b: string): boolean {
  return a === b || (RELATED_FAMILIES.get(a)?.has(b) ?? false) || (RELATED_FAMILIES.get(b)?.has(a) ?? false);
}
