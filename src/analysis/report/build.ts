import { dayToIso } from '../profile/activity';
import { analyzeProfile, type AnalysisOptions } from '../profile/analyze';
import type { TextAnalyzers } from '../profile/fields';
import type { Profile, Report } from '../types';
import { decideBand } from './bands';
import { buildFlags } from './flags';
import { reportReading } from './reading';
import { messagesFor } from './messages';
import { buildScores, riskPenalty } from './scores';
import { buildSuggestions } from './suggestions';
import { buildRecruiterSummary } from './summary';

/** Builds the whole report from a validated profile with the given text analyzers. */
export function buildReport(profile: Profile, analyzers: TextAnalyzers, options: AnalysisOptions, engineVersion: string): Report {
  const analysis = analyzeProfile(profile, analyzers, options, messagesFor);
  const msg = messagesFor(analysis.locale);
  const flags = buildFlags(analysis, msg);
  const penalty = riskPenalty(flags);
  const scores = buildScores(analysis.components, penalty, msg, decideBand(analysis, flags));
  return {
    engineVersion,
    locale: analysis.locale,
    language: analysis.language,
    reading: reportReading(analysis),
    ...(analysis.activity.referenceDay !== undefined ? { referenceDate: dayToIso(analysis.activity.referenceDay) } : {}),
    scores,
    flags,
    suggestions: buildSuggestions(analysis, flags, penalty, analyzers, msg),
    recruiterSummary: buildRecruiterSummary(analysis, scores, flags, penalty, msg),
  };
}
