import type { Token } from '../text/types';
import { cueSet, tokenSurface } from './cues';
import type { ProfileField } from './fields';
import { editSimilarity } from './similarity';
import { familiesRelated, type TaxonomyEntry } from './taxonomy';

export type ClaimKind = 'role' | 'seniority' | 'years' | 'employer' | 'location' | 'education' | 'graduationYear';
export type SeniorityLevel = 'entry' | 'senior';

/** Something the candidate states about themselves in a headline or about text. */
export interface Claim {
  kind: ClaimKind;
  /** Role entry id, seniority level, number of years, employer or city (lower case), degree word. */
  value: string;
  /** The words as written. */
  surface: string;
  field: ProfileField;
  start: number;
  end: number;
  entry?: TaxonomyEntry;
}

export type ContradictionKind = 'seniority' | 'role' | 'years' | 'employer' | 'location';

/** Two sets of claims that cannot both be true; `first` and `second` come from different fields. */
export interface Contradiction {
  kind: ContradictionKind;
  first: Claim[];
  second: Claim[];
}

const YEAR_UNITS = cueSet('yearUnits');
const NOT_EXPERIENCE_AFTER = cueSet('notExperienceAfterYears');
const EMPLOYER_PREFIXES = cueSet('employerPrefixes');
const EMPLOYER_STOP = cueSet('employerStopWords');
const CITIES = cueSet('cities');
const LEGAL_FORMS = new Set(['pt', 'cv']);
const SENIOR_YEARS = 5;
const MAX_EMPLOYER_WORDS = 3;
const SAME_EMPLOYER_SIMILARITY = 0.6;

export function extractClaims(field: ProfileField): Claim[] {
  if (field.kind !== 'headline' && field.kind !== 'about') return [];
  const skillSpans = field.mentions.filter((mention) => mention.entry.kind !== 'role');
  const insideSkill = (start: number, end: number): boolean =>
    skillSpans.some((mention) => mention.start <= start && mention.end >= end);
  const claims: Claim[] = [];
  for (const mention of field.mentions) {
    if (mention.entry.kind !== 'role') continue;
    claims.push(newClaim(field, 'role', mention.entry.id, mention.start, mention.end, mention.entry));
  }
  for (const cue of field.cues) {
    const level: SeniorityLevel | undefined = cue.lists.has('seniorityEntry') ? 'entry' : cue.lists.has('senioritySenior') ? 'senior' : undefined;
    if (level && !insideSkill(cue.start, cue.end)) {
      claims.push(newClaim(field, 'seniority', level, cue.start, cue.end));
    }
    if (cue.lists.has('degreeCues') && !insideSkill(cue.start, cue.end)) {
      claims.push(newClaim(field, 'education', cue.phrase, cue.start, cue.end));
    }
  }
  claims.push(...extractTokenClaims(field));
  return claims.sort((a, b) => a.start - b.start || a.kind.localeCompare(b.kind));
}

/** Years of experience, graduation years, employers and locations, read token by token. */
function extractTokenClaims(field: ProfileField): Claim[] {
  const tokens = field.text.scoringTokens;
  const claims: Claim[] = [];
  const entryCueEnds = new Set(field.cues.filter((cue) => cue.lists.has('seniorityEntry')).map((cue) => cue.tokenEnd));
  const locationCueEnds = new Set(field.cues.filter((cue) => cue.lists.has('locationCues')).map((cue) => cue.tokenEnd));
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (token.kind === 'number') {
      const years = yearsClaimAt(field, tokens, index);
      if (years) claims.push(years);
      else if (entryCueEnds.has(index) && isCalendarYear(token.norm)) {
        claims.push(claimOf(field, 'graduationYear', token.norm, token, token));
      }
      continue;
    }
    if (locationCueEnds.has(index) && CITIES.has(token.norm)) {
      claims.push(claimOf(field, 'location', token.norm, token, token));
      continue;
    }
    const employer = employerAt(field, tokens, index);
    if (employer) {
      claims.push(employer.claim);
      index = employer.lastIndex;
    }
  }
  return claims;
}

function claimOf(field: ProfileField, kind: ClaimKind, value: string, first: Token, last: Token): Claim {
  return newClaim(field, kind, value, first.start, last.end);
}

/** Every claim is made here, so all share one object shape (`entry` always present) and the readers stay monomorphic. */
function newClaim(field: ProfileField, kind: ClaimKind, value: string, start: number, end: number, entry?: TaxonomyEntry): Claim {
  return { kind, value, surface: field.text.original.slice(start, end), field, start, end, entry };
}

function parseCount(norm: string): number | undefined {
  let digits = '';
  for (const char of norm) {
    if (char >= '0' && char <= '9') digits += char;
    else if (char !== '+') return undefined;
  }
  return digits.length > 0 && digits.length <= 2 ? Number(digits) : undefined;
}

function isCalendarYear(norm: string): boolean {
  if (norm.length !== 4) return false;
  const year = Number(norm);
  return Number.isInteger(year) && year >= 1950 && year <= 2100;
}

function yearsClaimAt(field: ProfileField, tokens: readonly Token[], index: number): Claim | undefined {
  const count = parseCount(tokens[index].norm);
  if (count === undefined || count < 1 || count > 50) return undefined;
  let unitIndex = index + 1;
  if (tokens[unitIndex]?.norm === '+') unitIndex += 1;
  const unit = tokens[unitIndex];
  if (!unit || !YEAR_UNITS.has(unit.norm)) return undefined;
  const after = tokens[unitIndex + 1];
  if (after && NOT_EXPERIENCE_AFTER.has(after.norm)) return undefined;
  return claimOf(field, 'years', String(count), tokens[index], unit);
}

function startsWithCapital(surface: string): boolean {
  const first = surface[0] ?? '';
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

function employerAt(field: ProfileField, tokens: readonly Token[], index: number): { claim: Claim; lastIndex: number } | undefined {
  const prefix = tokens[index];
  if (prefix.kind !== 'word' && prefix.norm !== '@') return undefined;
  if (!EMPLOYER_PREFIXES.has(prefix.norm)) return undefined;
  const legalForm = LEGAL_FORMS.has(prefix.norm) && startsWithCapital(tokenSurface(field.text, prefix));
  let last = index;
  for (let next = index + 1; next < tokens.length && next <= index + MAX_EMPLOYER_WORDS; next += 1) {
    const token = tokens[next];
    if (token.kind !== 'word' || EMPLOYER_STOP.has(token.norm) || CITIES.has(token.norm)) break;
    if (!startsWithCapital(tokenSurface(field.text, token))) break;
    last = next;
  }
  if (last === index) return undefined;
  const first = legalForm ? prefix : tokens[index + 1];
  const end = tokens[last].end;
  return { claim: newClaim(field, 'employer', field.text.original.slice(first.start, end).toLowerCase(), first.start, end), lastIndex: last };
}

export function seniorityOf(claim: Claim): SeniorityLevel | undefined {
  if (claim.kind === 'seniority') return claim.value as SeniorityLevel;
  if (claim.kind === 'years') return Number(claim.value) >= SENIOR_YEARS ? 'senior' : undefined;
  if (claim.kind === 'graduationYear') return 'entry';
  return undefined;
}

/** Contradictions between claims made in different fields. */
export function findContradictions(claims: readonly Claim[], fields: readonly ProfileField[]): Contradiction[] {
  return [
    ...seniorityContradictions(claims),
    ...roleContradictions(claims, fields),
    ...yearsContradictions(claims),
    ...employerContradictions(claims),
    ...locationContradictions(claims),
  ];
}

function fieldKey(claim: Claim): string {
  return `${claim.field.source}:${claim.field.field}`;
}

function seniorityContradictions(claims: readonly Claim[]): Contradiction[] {
  const senior = claims.filter((claim) => seniorityOf(claim) === 'senior');
  const entry = claims.filter((claim) => seniorityOf(claim) === 'entry');
  if (senior.length === 0 || entry.length === 0) return [];
  const entryFields = new Set(entry.map(fieldKey));
  const seniorOutsideEntry = senior.filter((claim) => !entryFields.has(fieldKey(claim)));
  if (seniorOutsideEntry.length === 0) return [];
  const seniorField = fieldKey(seniorOutsideEntry[0]);
  const first = seniorOutsideEntry.filter((claim) => fieldKey(claim) === seniorField).slice(0, 3);
  const entryField = fieldKey(entry[0]);
  const second = entry.filter((claim) => fieldKey(claim) === entryField || claim.field.source === entry[0].field.source).slice(0, 3);
  return [{ kind: 'seniority', first, second }];
}

interface SourceFocus {
  source: number;
  roles: Claim[];
  families: Set<string>;
  skillMentions: number;
  evidence: Claim[];
}

/** Sources whose stated work areas share no family (backend engineer vs React and UI design). */
function roleContradictions(claims: readonly Claim[], fields: readonly ProfileField[]): Contradiction[] {
  const focus = sourceFocus(claims, fields);
  const contradictions: Contradiction[] = [];
  for (let i = 0; i < focus.length; i += 1) {
    for (let j = i + 1; j < focus.length; j += 1) {
      const a = focus[i];
      const b = focus[j];
      if (a.roles.length === 0 && b.roles.length === 0) continue;
      if (sharesFamily(a.families, b.families)) continue;
      const [first, second] = a.roles.length > 0 ? [a, b] : [b, a];
      contradictions.push({ kind: 'role', first: first.evidence.slice(0, 3), second: second.evidence.slice(0, 3) });
    }
  }
  return contradictions;
}

function sourceFocus(claims: readonly Claim[], fields: readonly ProfileField[]): SourceFocus[] {
  const bySource = new Map<number, SourceFocus>();
  const focusOf = (source: number): SourceFocus => {
    let focus = bySource.get(source);
    if (!focus) {
      focus = { source, roles: [], families: new Set(), skillMentions: 0, evidence: [] };
      bySource.set(source, focus);
    }
    return focus;
  };
  for (const claim of claims) {
    if (claim.kind !== 'role' || !claim.entry) continue;
    const focus = focusOf(claim.field.source);
    focus.roles.push(claim);
    focus.families.add(claim.entry.family);
    focus.evidence.push(claim);
  }
  for (const field of fields) {
    if (field.kind !== 'headline' && field.kind !== 'about') continue;
    for (const mention of field.mentions) {
      if (mention.entry.kind !== 'skill' && mention.entry.kind !== 'tool') continue;
      const focus = focusOf(field.source);
      focus.families.add(mention.entry.family);
      focus.skillMentions += 1;
      if (focus.roles.length === 0 || focus.evidence.length < 3) {
        focus.evidence.push(newClaim(field, 'role', mention.entry.id, mention.start, mention.end, mention.entry));
      }
    }
  }
  // One stray tool name is not a stated focus; a role or two named skills are.
  return [...bySource.values()]
    .filter((focus) => focus.roles.length > 0 || focus.skillMentions >= 2)
    .sort((a, b) => a.source - b.source);
}

function sharesFamily(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const left of a) for (const right of b) if (familiesRelated(left, right)) return true;
  return false;
}

function yearsContradictions(claims: readonly Claim[]): Contradiction[] {
  const years = claims.filter((claim) => claim.kind === 'years');
  for (let i = 0; i < years.length; i += 1) {
    for (let j = i + 1; j < years.length; j += 1) {
      if (years[i].field.source === years[j].field.source) continue;
      if (Math.abs(Number(years[i].value) - Number(years[j].value)) >= 3) {
        return [{ kind: 'years', first: [years[i]], second: [years[j]] }];
      }
    }
  }
  return [];
}

/** Current employers named in two sources' headlines that are clearly different companies. */
function employerContradictions(claims: readonly Claim[]): Contradiction[] {
  const current = new Map<number, Claim>();
  for (const claim of claims) {
    if (claim.kind === 'employer' && claim.field.kind === 'headline' && !current.has(claim.field.source)) current.set(claim.field.source, claim);
  }
  const employers = [...current.values()];
  for (let i = 0; i < employers.length; i += 1) {
    for (let j = i + 1; j < employers.length; j += 1) {
      const a = employers[i].value;
      const b = employers[j].value;
      if (a.includes(b) || b.includes(a) || editSimilarity(a, b) >= SAME_EMPLOYER_SIMILARITY) continue;
      return [{ kind: 'employer', first: [employers[i]], second: [employers[j]] }];
    }
  }
  return [];
}

function locationContradictions(claims: readonly Claim[]): Contradiction[] {
  const locations = claims.filter((claim) => claim.kind === 'location' && claim.value !== 'remote');
  for (let i = 0; i < locations.length; i += 1) {
    const other = locations.find((claim) => claim.field.source !== locations[i].field.source && claim.value !== locations[i].value);
    if (other) return [{ kind: 'location', first: [locations[i]], second: [other] }];
  }
  return [];
}
