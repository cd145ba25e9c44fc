import type { AnalyzedText, Token } from '../text/types';
import { emptyList } from './empty-list';
import { PhraseMatcher, tokenKeys, type PhraseMatch } from './phrase-matcher';
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

// Written out field by field, not spread: V8 gives the first few spread copies another hidden class
// than the rest, and code optimised on the one deopts on mentions of the other ("wrong map").
const ENTRIES: readonly TaxonomyEntry[] = taxonomyData.entries.map((entry) => ({
  id: entry.id,
  label: entry.label,
  kind: entry.kind as TaxonomyKind,
  family: entry.family,
  aliases: entry.aliases,
}));

const RELATED_FAMILIES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(taxonomyData.families as Record<string, string[]>).map(([family, related]) => [family, new Set(related)]),
);

const ENTRY_BY_ID: ReadonlyMap<string, TaxonomyEntry> = new Map(ENTRIES.map((entry) => [entry.id, entry]));

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

/**
 * Tool names that are also everyday words count only written exactly so and next to another named tool
 * ("Go, Postgres, Kafka", "with Go and PostgreSQL"), never "go" in "let's go".
 */
const CONTEXTUAL_TOOLS: ReadonlyMap<string, string> = new Map([['Go', 'golang']]);
/** Lengths of the contextual tool names: a word of another length is not looked up (no slice per word). */
const CONTEXTUAL_LENGTHS: ReadonlySet<number> = new Set([...CONTEXTUAL_TOOLS.keys()].map((name) => name.length));
const LIST_JOINERS = new Set([',', '/', '&', 'and', 'dan', 'or', 'atau', '+']);

/** Tool names that are also verbs: "excel at planning", "excel in client work" name no spreadsheet. */
const VERB_TOOLS: ReadonlyMap<string, ReadonlySet<string>> = new Map([['excel', new Set(['at', 'in'])]]);

function usedAsVerb(original: string, tokens: readonly Token[], from: number, to: number, id: string): boolean {
  const prepositions = VERB_TOOLS.get(id);
  if (prepositions === undefined || to - from !== 1) return false;
  const token = tokens[from];
  const next = tokens[to];
  const lowerCase = original.charCodeAt(token.start) >= 0x61;
  return lowerCase && next !== undefined && prepositions.has(next.norm);
}

/** `keys`: tokenKeys(text.scoringTokens), when the caller already has them. */
export function findTaxonomyMentions(text: AnalyzedText, keys: readonly (string | undefined)[] = tokenKeys(text.scoringTokens)): TaxonomyMention[] {
  const tokens = text.scoringTokens;
  const matches = MATCHER.findAll(tokens, keys);
  // Contextual tools count only next to a matched tool or skill.
  const mentions: TaxonomyMention[] = emptyList();
  if (matches.length === 0) return mentions;
  for (const match of matches) {
    if (usedAsVerb(text.original, tokens, match.tokenStart, match.tokenEnd, match.value.id)) continue;
    mentions.push({ entry: match.value, start: match.start, end: match.end });
  }
  const added = contextualMentions(text.original, tokens, matches);
  return added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.start - b.start);
}

/** Contextual tools next to a matched tool or skill; the matched tools' token ends are gathered only when a candidate is written. */
function contextualMentions(original: string, tokens: readonly Token[], matches: readonly PhraseMatch<TaxonomyEntry>[]): TaxonomyMention[] {
  const added: TaxonomyMention[] = [];
  let toolAt: Set<number> | undefined;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token.kind !== 'word' || !CONTEXTUAL_LENGTHS.has(token.end - token.start)) continue;
    const entry = contextualToolAt(original, token);
    if (entry === undefined) continue;
    toolAt ??= toolTokenEnds(matches);
    if (toolAt.has(neighbour(tokens, index, -1)) || toolAt.has(neighbour(tokens, index, 1))) added.push({ entry, start: token.start, end: token.end });
  }
  return added;
}

/** First and last token index of every matched tool or skill. */
function toolTokenEnds(matches: readonly PhraseMatch<TaxonomyEntry>[]): Set<number> {
  const toolAt = new Set<number>();
  for (const match of matches) {
    if (match.value.kind === 'tool' || match.value.kind === 'skill') {
      toolAt.add(match.tokenStart);
      toolAt.add(match.tokenEnd - 1);
    }
  }
  return toolAt;
}

/** The contextual tool written exactly as the token (compared in place, no substring per word). */
function contextualToolAt(original: string, token: Token): TaxonomyEntry | undefined {
  for (const [name, id] of CONTEXTUAL_TOOLS) {
    if (name.length === token.end - token.start && original.startsWith(name, token.start)) return ENTRY_BY_ID.get(id);
  }
  return undefined;
}

/** Index of the nearest token in a direction, skipping list punctuation and conjunctions. */
function neighbour(tokens: readonly Token[], index: number, step: 1 | -1): number {
  let next = index + step;
  while (next >= 0 && next < tokens.length && LIST_JOINERS.has(tokens[next].norm)) next += step;
  return next;
}

/** Same family, or families the taxonomy lists as neighbours (backend ~ devops, frontend ~ design). */
export function familiesRelated(a: string, b: string): boolean {
  return a === b || (RELATED_FAMILIES.get(a)?.has(b) ?? false) || (RELATED_FAMILIES.get(b)?.has(a) ?? false);
}
