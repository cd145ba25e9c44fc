import { PhraseMatcher } from '../risk/phrases';
import type { Unit } from '../risk/units';
import type { FlagCategory } from '../types';
import rolesLexicon from './lexicons/roles.json';
import type { RoleReading } from './types';

interface RoleEntry {
  role: string;
  field: string;
  domains: FlagCategory[];
  cues: string[];
  /** Title abbreviations as written ("apt", "Ns", "dr"): see titleAt. */
  titles?: string[];
}

const ROLES: readonly RoleEntry[] = rolesLexicon.roles as RoleEntry[];
const ROLE_OF_PHRASE: RoleEntry[] = [];
/** One matcher over every role cue, built at module load; each phrase knows its role. */
const ROLE_MATCHER = new PhraseMatcher(
  ROLES.flatMap((entry) =>
    entry.cues.map((cue) => {
      ROLE_OF_PHRASE.push(entry);
      return cue;
    }),
  ),
);

const ROLE_OF_TITLE: ReadonlyMap<string, RoleEntry> = new Map(ROLES.flatMap((entry) => (entry.titles ?? []).map((title) => [title, entry] as const)));
/** Longest title, in UTF-16 units: longer words are never looked up. */
const MAX_TITLE = Math.max(...[...ROLE_OF_TITLE.keys()].map((title) => title.length));

/** A text the role is read from: a headline, display name or about text, with its units. */
export interface RoleText {
  kind: 'headline' | 'displayName' | 'about';
  source: number;
  field: string;
  /** The text as written: titles are read with their case and full stop. */
  original: string;
  units: readonly Unit[];
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

function isLetterOrDigit(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

/**
 * A professional title ("apt. Nadia", "Ns. Tere", "dr. Budi, Sp.PD", "Tere, S.Kep., Ns."): the
 * abbreviation as written, its full stop, at the start or after punctuation, then a name (a capital)
 * or, after a comma, the end of a name's suffixes. "apt" in a sentence or "40 ns" is no title.
 */
function titleAt(original: string, unit: Unit): RoleEntry | undefined {
  if (unit.end - unit.start > MAX_TITLE || original.charCodeAt(unit.end) !== 0x2e) return undefined;
  const entry = ROLE_OF_TITLE.get(original.slice(unit.start, unit.end));
  if (entry === undefined) return undefined;
  let before = unit.start - 1;
  while (before >= 0 && isSpace(original.charCodeAt(before))) before--;
  if (before >= 0 && isLetterOrDigit(original[before])) return undefined;
  let after = unit.end + 1;
  while (after < original.length && isSpace(original.charCodeAt(after))) after++;
  const next = original[after];
  const beforeName = next !== undefined && next !== next.toLowerCase();
  return beforeName || (before >= 0 && original[before] === ',') ? entry : undefined;
}

interface RoleMention {
  entry: RoleEntry;
  start: number;
  end: number;
}

/** Every role cue and title in a text, in text order. */
function roleMentions(text: RoleText): RoleMention[] {
  const mentions: RoleMention[] = ROLE_MATCHER.findAll(text.units).map((match) => ({
    entry: ROLE_OF_PHRASE[match.phrase],
    start: text.units[match.from].start,
    end: text.units[match.to - 1].end,
  }));
  for (const unit of text.units) {
    const entry = titleAt(text.original, unit);
    if (entry !== undefined) mentions.push({ entry, start: unit.start, end: unit.end });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** Headlines say what a person does most directly; display names next ("apt. Nadia"); about texts last. */
const KIND_ORDER: readonly RoleText['kind'][] = ['headline', 'displayName', 'about'];

/**
 * The role the person presents: the first role cue in the first kind of text that has one (headlines,
 * then display names, then about texts, each in source order). Every text names the same role gets
 * its cue added as evidence, so the report shows where the role was read.
 */
export function inferRole(texts: readonly RoleText[]): RoleReading | undefined {
  for (const kind of KIND_ORDER) {
    let found: RoleReading | undefined;
    for (const text of texts) {
      if (text.kind !== kind) continue;
      for (const mention of roleMentions(text)) {
        const entry = mention.entry;
        if (found !== undefined && found.role !== entry.role) continue;
        const evidence = { source: text.source, field: text.field, start: mention.start, end: mention.end };
        if (found === undefined) found = { role: entry.role, field: entry.field, domains: entry.domains, evidence: [evidence] };
        else found.evidence.push(evidence);
        break;
      }
    }
    if (found !== undefined) return found;
  }
  return undefined;
}

/** True when the category's vocabulary is part of the person's work. */
export function isProfessional(role: RoleReading | undefined, category: FlagCategory): boolean {
  return role !== undefined && role.domains.includes(category);
}
