import type { ProfileAnalysis } from '../profile/analyze';
import { FLAG_CATEGORIES, SEVERITIES, type DimensionScore, type Flag, type RecruiterSummary, type ScoreComponent, type Scores } from '../types';
import { skillText } from '../profile/signals';
import { mainRole, roleText, topSkills } from './headline';
import type { Messages } from './messages/types';
import { ExcerptLookups, redactedExcerpt, scrub } from './redact';
import type { RiskPenalty } from './scores';

const STRENGTH_FROM = 80;
const CONCERN_BELOW = 50;
const MAX_LISTED = 4;
const MAX_FLAG_CONCERNS = 5;

function allComponents(scores: Scores): ScoreComponent[] {
  return [...scores.consistency.components, ...scores.tone.components, ...scores.professional.components];
}

/** A dimension without any measurable component shows as "not measurable", not as 0. */
function measuredValue(dimension: DimensionScore): number | undefined {
  return dimension.components.length > 0 ? dimension.value : undefined;
}

/** Flags per category and severity, in the order of FLAG_CATEGORIES then SEVERITIES; counted without a list per pair. */
function flagCounts(flags: readonly Flag[]): RecruiterSummary['flagCounts'] {
  const counts: RecruiterSummary['flagCounts'] = [];
  for (const category of FLAG_CATEGORIES) {
    for (const severity of SEVERITIES) {
      let count = 0;
      for (const flag of flags) if (flag.category === category && flag.severity === severity) count += 1;
      if (count > 0) counts.push({ category, severity, count });
    }
  }
  return counts;
}

function summarySentences(analysis: ProfileAnalysis, scores: Scores, flags: readonly Flag[], penalty: RiskPenalty, msg: Messages): string[] {
  const role = mainRole(analysis);
  const skills = topSkills(analysis, role, 5).map(skillText);
  const bySeverity = (severity: Flag['severity']): number => flags.filter((flag) => flag.severity === severity).length;
  return [
    msg.summary.sources({ count: analysis.profile.sources.length, platforms: analysis.profile.sources.map((source) => source.platform) }),
    msg.summary.role({ role: role ? roleText(role, analysis) : undefined, skills }),
    msg.summary.scores({
      overall: scores.overall.value,
      grade: scores.overall.grade,
      consistency: measuredValue(scores.consistency),
      tone: measuredValue(scores.tone),
      professional: measuredValue(scores.professional),
    }),
    penalty.points > 0 ? msg.summary.riskDeduction({ points: Math.round(penalty.points), flags: penalty.flags }) : undefined,
    msg.summary.flags({ critical: bySeverity('critical'), warning: bySeverity('warning'), info: bySeverity('info') }),
  ].filter((sentence): sentence is string => sentence !== undefined);
}

/** What a recruiter sees: neutral sentences, scores and flags, with personal data and protected traits redacted. */
export function buildRecruiterSummary(analysis: ProfileAnalysis, scores: Scores, flags: readonly Flag[], penalty: RiskPenalty, msg: Messages): RecruiterSummary {
  const components = allComponents(scores);
  const strengths = components
    .filter((item) => item.value >= STRENGTH_FROM)
    .sort((a, b) => b.value - a.value)
    .slice(0, MAX_LISTED)
    .map((item) => msg.summary.strength({ label: item.label, value: item.value, explanation: item.explanation }));
  const componentConcerns = components
    .filter((item) => item.value < CONCERN_BELOW)
    .sort((a, b) => a.value - b.value)
    .slice(0, MAX_LISTED)
    .map((item) => msg.summary.concern({ label: item.label, value: item.value, explanation: item.explanation }));
  const excerptLookups = new ExcerptLookups(analysis);
  const flagConcerns = flags
    .filter((flag) => flag.severity !== 'info')
    .slice(0, MAX_FLAG_CONCERNS)
    .map((flag) => flag.message);
  return {
    text: scrub(summarySentences(analysis, scores, flags, penalty, msg).join(' ')),
    strengths: strengths.map(scrub),
    concerns: [...flagConcerns, ...componentConcerns].map(scrub),
    flagCounts: flagCounts(flags),
    flags: flags.map((flag) => ({
      id: flag.id,
      category: flag.category,
      severity: flag.severity,
      message: scrub(flag.message),
      excerpts: flag.evidence.map((evidence) => redactedExcerpt(excerptLookups, evidence, flag.category === 'hate', flag.category === 'personal_data')),
    })),
    scores: {
      overall: { value: scores.overall.value, grade: scores.overall.grade },
      consistency: { value: scores.consistency.value, grade: scores.consistency.grade },
      tone: { value: scores.tone.value, grade: scores.tone.grade },
      professional: { value: scores.professional.value, grade: scores.professional.grade },
    },
    disclaimer: msg.summary.disclaimer,
  };
}
