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

/** A text the role is read from: a headline, display name or about text, with its units. */
export interface RoleText {
  kind: 'headline' | 'displayName' | 'about';
  source: number;
  field: string;
  units: readonly Unit[];
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
      for (const match of ROLE_MATCHER.findAll(text.units)) {
        const entry = ROLE_OF_PHRASE[match.phrase];
        if (found !== undefined && found.role !== entry.role) continue;
        const evidence = { source: text.source, field: text.field, start: text.units[match.from].start, end: text.units[match.to - 1].end };
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
