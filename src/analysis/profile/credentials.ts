import type { Token } from '../text/types';
import type { Evidence } from '../types';
import type { Messages } from '../report/messages/types';
import type { Measured } from './component';
import { writtenKeys } from './cues';
import { evidenceFor } from './evidence';
import { contentFields, type ProfileField } from './fields';
import { PhraseMatcher } from './phrase-matcher';
import lexicon from './lexicon/credentials.json';

export type CredentialClass = 'certification' | 'licence' | 'degree' | 'testScore' | 'membership' | 'training' | 'institution';

export interface CredentialMention {
  field: ProfileField;
  kind: CredentialClass;
  start: number;
  end: number;
}

interface Entry {
  kind: CredentialClass;
  capitalised: boolean;
  short: boolean;
}

const CLASSES: [CredentialClass, readonly string[]][] = [
  ['certification', lexicon.entries.certifications],
  ['licence', lexicon.entries.licences],
  ['degree', lexicon.entries.degrees],
  ['testScore', lexicon.entries.testScores],
  ['membership', lexicon.entries.memberships],
  ['training', lexicon.entries.training],
  ['institution', lexicon.entries.institutions],
];
const EDUCATION: ReadonlySet<CredentialClass> = new Set(['degree', 'institution']);
/** Every credential is a separate fact a recruiter may look for, so more of them keep their evidence. */
const CREDENTIAL_EVIDENCE = 16;
const SHORT_ACRONYM = 4;

const MATCHER = buildMatcher();

function buildMatcher(): PhraseMatcher<Entry> {
  const matcher = new PhraseMatcher<Entry>();
  for (const [kind, phrases] of CLASSES) {
    for (const phrase of phrases) matcher.add(phrase, { kind, capitalised: false, short: isShort(phrase) });
  }
  for (const phrase of lexicon.entries.capitalised) matcher.add(phrase, { kind: 'membership', capitalised: true, short: false });
  return matcher;
}

function isShort(phrase: string): boolean {
  return phrase.length <= SHORT_ACRONYM && /^[a-z0-9]+$/.test(phrase);
}

function isCapital(char: string | undefined): boolean {
  return char !== undefined && char !== char.toLowerCase();
}

/** "STR", "CFA", "Ak." are credentials; "sip" (ok) and "str" in running text are words. */
function writtenAsCredential(text: string, tokens: readonly Token[], tokenStart: number, entry: Entry, start: number, end: number): boolean {
  const surface = text.slice(start, end);
  if (entry.capitalised) return isCapital(surface[0]);
  if (!entry.short) return true;
  if (surface === surface.toUpperCase() && isCapital(surface[0])) return true;
  const next = tokens[tokenStart + 1];
  return isCapital(surface[0]) && next !== undefined && next.norm === '.' && next.start === end;
}

export function findCredentials(fields: readonly ProfileField[]): CredentialMention[] {
  const found: CredentialMention[] = [];
  for (const field of contentFields(fields).concat(fields.filter((field) => field.kind === 'displayName'))) {
    const tokens = field.text.scoringTokens;
    const roleSpans = field.mentions.filter((mention) => mention.entry.kind === 'role');
    for (const match of MATCHER.findAll(tokens, field.writtenKeys ?? writtenKeys(field.text.original, tokens))) {
      if (!writtenAsCredential(field.text.original, tokens, match.tokenEnd - 1, match.value, match.start, match.end)) continue;
      if (match.value.kind !== 'degree' && roleSpans.some((role) => role.start <= match.start && role.end >= match.end)) continue;
      found.push({ field, kind: match.value.kind, start: match.start, end: match.end });
    }
  }
  return found;
}

export function credentialsComponent(fields: readonly ProfileField[], msg: Messages): Measured {
  const mentions = findCredentials(fields);
  const degree = mentions.some((mention) => EDUCATION.has(mention.kind));
  const certificate = mentions.some((mention) => !EDUCATION.has(mention.kind));
  const evidence: Evidence[] = mentions.slice(0, CREDENTIAL_EVIDENCE).map((mention) => evidenceFor(mention.field, mention.start, mention.end));
  return {
    key: 'credentials',
    value: (degree ? 60 : 0) + (certificate ? 40 : 0),
    explanation: msg.explain.credentials({ degree, certificate }),
    evidence,
  };
}
