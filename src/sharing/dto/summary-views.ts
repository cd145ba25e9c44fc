import type { FlagCategory, Grade, RecruiterSummary, Severity } from '../../analysis/types';
import type { FlagComment } from '../flag-comment.entity';
import type { ShareKind } from '../share.entity';

export interface CandidateComment {
  text: string;
  updatedAt: string;
}

export interface RecruiterFlagView {
  id: string;
  category: FlagCategory;
  severity: Severity;
  message: string;
  excerpts: string[];
  /** The candidate's note on this flag, if they wrote one. */
  candidateComment: CandidateComment | null;
}

export interface RecruiterSummaryBody {
  text: string;
  strengths: string[];
  concerns: string[];
  flagCounts: { category: FlagCategory; severity: Severity; count: number }[];
  flags: RecruiterFlagView[];
  scores: RecruiterSummary['scores'];
  disclaimer: string;
}

export interface ShareMetadata {
  id: string;
  kind: ShareKind;
  sharedAt: string;
  expiresAt: string | null;
  /** The candidate who shared it (recruiter shares only; link readers are not told). */
  sharedBy: { email: string } | null;
  /** The audit request this share answers, if any. */
  requestId: string | null;
}

/**
 * Everything a recruiter sees of an audit: the engine's recruiter summary, the candidate's comments
 * beside its flags, and the share. Never the full report or the submitted profile.
 */
export interface RecruiterSummaryView {
  auditId: string;
  engineVersion: string | null;
  completedAt: string | null;
  /** Null in the candidate's preview. */
  share: ShareMetadata | null;
  summary: RecruiterSummaryBody;
}

export interface RecruiterSummaryListItem {
  auditId: string;
  share: ShareMetadata;
  overall: { value: number; grade: Grade };
  flagCounts: RecruiterSummaryBody['flagCounts'];
  url: string;
}

export interface RecruiterSummaryPage {
  items: RecruiterSummaryListItem[];
  page: number;
  pageSize: number;
  total: number;
}

/**
 * Copies the summary field by field, so a field the engine may add later reaches recruiters only
 * once someone decides it should.
 */
export function toRecruiterSummaryBody(summary: RecruiterSummary, comments: readonly FlagComment[]): RecruiterSummaryBody {
  const commentByFlag = new Map(comments.map((comment) => [comment.flagId, comment]));
  return {
    text: summary.text,
    strengths: [...summary.strengths],
    concerns: [...summary.concerns],
    flagCounts: summary.flagCounts.map(({ category, severity, count }) => ({ category, severity, count })),
    flags: summary.flags.map((flag) => {
      const comment = commentByFlag.get(flag.id);
      return {
        id: flag.id,
        category: flag.category,
        severity: flag.severity,
        message: flag.message,
        excerpts: [...flag.excerpts],
        candidateComment: comment ? { text: comment.comment, updatedAt: comment.updatedAt.toISOString() } : null,
      };
    }),
    scores: {
      overall: { value: summary.scores.overall.value, grade: summary.scores.overall.grade },
      consistency: { value: summary.scores.consistency.value, grade: summary.scores.consistency.grade },
      tone: { value: summary.scores.tone.value, grade: summary.scores.tone.grade },
      professional: { value: summary.scores.professional.value, grade: summary.scores.professional.grade },
    },
    disclaimer: summary.disclaimer,
  };
}

export function recruiterSummaryUrl(auditId: string): string {
  return `/api/v1/recruiter/summaries/${auditId}`;
}
