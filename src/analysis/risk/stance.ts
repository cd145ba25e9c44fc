import { clauseAt, insideQuote, isProfessional, type Clause, type Frame, type RoleReading, type TextReading } from '../reading';
import type { FlagCategory, Severity } from '../types';
import type { SentenceHit } from './hits';

/**
 * The one place where the reading decides what a detector's hit means. A detector finds words; the
 * frame of the clause they sit in, the quotation marks around them and the person's own field
 * decide whether they are a problem, and how serious.
 */

/** Frames that talk about a thing from the right side of it: a warning, a condemnation, a report, a lesson, a quotation. */
const TOPIC_FRAMES: ReadonlySet<Frame> = new Set<Frame>(['warn', 'condemn', 'quote', 'report', 'teach']);
/** Categories that are a problem only when promoted (sold, recruited for, spread). */
const PROMOTABLE: ReadonlySet<FlagCategory> = new Set<FlagCategory>(['gambling', 'scam', 'drugs', 'sexual', 'undisclosed_sponsorship']);
/** Frames in which hate words are described, not aimed. */
const DESCRIBING: ReadonlySet<Frame> = new Set<Frame>(['teach', 'report']);
/** Promotion categories whose critical severity needs a promoting clause to be unambiguous. */
const CRITICAL_NEEDS_PROMOTION: ReadonlySet<FlagCategory> = new Set<FlagCategory>(['gambling', 'scam']);

export interface StanceContext {
  original: string;
  reading: TextReading;
  role?: RoleReading;
}

type Verdict = Severity | 'drop';

function aimedAtSomeone(clause: Clause | undefined): boolean {
  return clause !== undefined && (clause.target === 'reader' || clause.target === 'person');
}

/** One word ("pinjol", "jackpot") is ambiguous; a pitch phrase ("modal 10rb jadi jutaan") is not. */
function singleWord(hit: SentenceHit, original: string): boolean {
  for (let i = hit.start; i < hit.end; i++) if (original.charCodeAt(i) === 0x20) return false;
  return true;
}

function promotable(hit: SentenceHit, clause: Clause | undefined, quoted: boolean, context: StanceContext): Verdict {
  if (clause?.promotes === true) return hit.severity;
  if (hit.ambiguous === true) return 'drop';
  if (quoted || (clause !== undefined && TOPIC_FRAMES.has(clause.frame))) return 'drop';
  if (isProfessional(context.role, hit.category)) return 'drop';
  const ambiguous = CRITICAL_NEEDS_PROMOTION.has(hit.category) && singleWord(hit, context.original);
  return ambiguous && hit.severity === 'critical' ? 'warning' : hit.severity;
}

function verdict(hit: SentenceHit, clause: Clause | undefined, quoted: boolean, context: StanceContext): Verdict {
  const role = context.role;
  const professional = isProfessional(role, hit.category);
  switch (hit.category) {
    case 'personal_data':
    case 'engagement_anomaly':
    case 'inconsistent_claims':
      return hit.severity;
    case 'confidential':
      return professional && clause?.promotes !== true ? 'drop' : hit.severity;
    case 'misinformation':
      if (clause?.promotes === true) return hit.severity;
      return quoted || professional || (clause !== undefined && (clause.frame === 'condemn' || DESCRIBING.has(clause.frame))) ? 'drop' : hit.severity;
    case 'violence':
      if (quoted) return 'drop';
      if (clause?.target === 'reader') return hit.severity;
      return professional || (clause !== undefined && (DESCRIBING.has(clause.frame) || clause.frame === 'condemn')) ? 'drop' : hit.severity;
    case 'profanity':
    case 'insult':
      if (quoted) return 'drop';
      return professional && !aimedAtSomeone(clause) ? 'drop' : hit.severity;
    case 'hate':
      if (quoted || professional) return 'drop';
      return clause !== undefined && DESCRIBING.has(clause.frame) && !aimedAtSomeone(clause) ? 'drop' : hit.severity;
    default:
      return PROMOTABLE.has(hit.category) ? promotable(hit, clause, quoted, context) : hit.severity;
  }
}

/**
 * "Dick Manurung", "Asu Hartono": a capitalised word right before or after another capitalised word
 * is a name, not a swear word (names and towns that contain or equal one).
 */
function readsAsName(hit: SentenceHit, original: string): boolean {
  if (!singleWord(hit, original) || !isTitleCase(original, hit.start, hit.end)) return false;
  const after = /^[ \t]+(\p{Lu}\p{Ll}+)/u.exec(original.slice(hit.end, hit.end + 40));
  const before = /(\p{Lu}\p{Ll}+)[ \t]+$/u.exec(original.slice(Math.max(0, hit.start - 40), hit.start));
  return after !== null || before !== null;
}

const OFFENSIVE: ReadonlySet<FlagCategory> = new Set<FlagCategory>(['profanity', 'insult', 'hate']);

/** "@Chink_19 chink, enjoy": a single word that spells a handle the text mentions is that person's name. */
function namesHandle(hit: SentenceHit, context: StanceContext): boolean {
  if (context.reading.handles.length === 0 || !singleWord(hit, context.original)) return false;
  const word = context.original.slice(hit.start, hit.end).toLowerCase();
  return word.length >= 3 && context.reading.handles.some((handle) => handle.replace(/[^a-z]/g, '') === word);
}

function isTitleCase(original: string, start: number, end: number): boolean {
  const word = original.slice(start, end);
  return /^\p{Lu}\p{Ll}+$/u.test(word);
}

/** Frames in which a disguised site name is named to speak against it ("Polisi menutup situs M4WAR21"). */
const REPORTING_FRAMES: ReadonlySet<Frame> = new Set<Frame>(['condemn', 'report']);

/**
 * A disguised site name or gambling term is promotion in any frame but these: a sentence whose own
 * cue reports or condemns, and that promotes nothing, names it (dropped); a warning, a quotation or a
 * report lent by the rest of the text only lowers it to info, because adverts open with "jangan ..."
 * or "gak boleh dilewatkan" as often as warnings do.
 */
function certainVerdict(hit: SentenceHit, clause: Clause | undefined, quoted: boolean): Verdict {
  if (clause === undefined || clause.promotes) return hit.severity;
  if (REPORTING_FRAMES.has(clause.frame)) return clause.cue !== undefined ? 'drop' : 'info';
  return quoted || clause.frame === 'warn' ? 'info' : hit.severity;
}

/** Keeps, lowers or drops each hit by the clause it sits in; linear in the hits (binary search per hit). */
export function judgeByReading(hits: readonly SentenceHit[], context: StanceContext): SentenceHit[] {
  const judged: SentenceHit[] = [];
  for (const hit of hits) {
    const clause = clauseAt(context.reading, hit.start);
    // Quotation marks alone are how people repost; a quote is someone else's words only when the
    // writer frames it (tells, reports, warns, teaches, condemns).
    const quoted = insideQuote(context.reading.quotes, hit.start, hit.end) && context.reading.stance !== 'plain';
    if (hit.certain === true) {
      const named = certainVerdict(hit, clause, quoted);
      if (named !== 'drop') judged.push(named === hit.severity ? hit : { ...hit, severity: named });
      continue;
    }
    if (hit.category === 'profanity' && readsAsName(hit, context.original)) continue;
    if (OFFENSIVE.has(hit.category) && namesHandle(hit, context)) continue;
    const result = verdict(hit, clause, quoted, context);
    if (result === 'drop') continue;
    judged.push(result === hit.severity ? hit : { ...hit, severity: result });
  }
  return judged;
}
