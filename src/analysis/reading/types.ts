import type { FlagCategory } from '../types';
import type { Span } from '../text/types';

/**
 * What a clause is doing with its words. promote/offer sell or recruit; warn, condemn, quote,
 * report and teach talk about a thing from the right side of it; narrate tells the writer's story.
 */
export const FRAMES = ['promote', 'offer', 'warn', 'condemn', 'quote', 'report', 'teach', 'narrate', 'plain'] as const;
export type Frame = (typeof FRAMES)[number];

/** Who a clause speaks to or about. */
export type Target = 'self' | 'person' | 'group' | 'reader' | 'none';

/** One sentence of one text, as the reading understood it. */
export interface Clause extends Span {
  /** Index in AnalyzedText.sentences. */
  sentence: number;
  frame: Frame;
  target: Target;
  /** A call to action, a code, a link cue, a first-person offer or praise of winnings outside quotation marks. */
  promotes: boolean;
  /** The cue that set the frame (UTF-16 offsets into the text), when one did. */
  cue?: Span;
}

/** The reading of one text: its clauses in sentence order and the quoted stretches. */
export interface TextReading {
  clauses: Clause[];
  /** Spans between quotation marks. */
  quotes: Span[];
  /** Spans a negation covers ("she is not <an idiot>", "bukan <orang bodoh>"), sorted and apart. */
  negations: Span[];
  /** The @handles the text mentions, lower case without the @ ("chink_19" stays a name, not a word). */
  handles: string[];
  /** The frame the whole text takes when a sentence has no cue of its own. */
  stance: Frame;
}

/** The role and field a person presents in their headlines and about texts. */
export interface RoleReading {
  /** Stable key from reading/lexicons/roles.json, e.g. 'pharmacist'. */
  role: string;
  /** The professional field, e.g. 'health', 'security', 'law-journalism'. */
  field: string;
  /** Risk categories whose vocabulary is professional for this role. */
  domains: readonly FlagCategory[];
  /** Where the role was read: index of the source, field name and UTF-16 offsets. */
  evidence: { source: number; field: string; start: number; end: number }[];
}
