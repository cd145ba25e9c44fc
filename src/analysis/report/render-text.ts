import type { DimensionScore, Evidence, Report } from '../types';
import { messagesFor } from './messages';
import type { Messages } from './messages/types';
import { riskPenalty } from './scores';

const MAX_EXCERPTS_SHOWN = 3;

function excerptLines(evidence: readonly Evidence[]): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const item of evidence) {
    const line = `      “${item.excerpt}” [${item.source}:${item.field}]`;
    if (seen.has(line)) continue;
    seen.add(line);
    if (lines.length < MAX_EXCERPTS_SHOWN) lines.push(line);
  }
  return lines;
}

function dimensionLines(label: string, score: DimensionScore, msg: Messages): string[] {
  const lines = [score.components.length > 0 ? `${label}: ${score.value}/100 (${score.grade})` : `${label}: ${msg.cli.notMeasurable}`];
  for (const component of score.components) {
    lines.push(`  - ${component.label}: ${component.value} (${msg.cli.weight} ${component.weight.toFixed(2)})`);
    lines.push(`      ${component.explanation}`);
    lines.push(...excerptLines(component.evidence));
  }
  return lines;
}

/** The report as readable text for a terminal, in the report's own locale. */
export function renderReportText(report: Report): string {
  const msg = messagesFor(report.locale);
  const penalty = riskPenalty(report.flags);
  const lines: string[] = [
    `${msg.cli.title} (engine ${report.engineVersion})`,
    `${msg.cli.language}: ${report.language.primary}`,
    '',
    `${msg.cli.overall}: ${report.scores.overall.value}/100 (${report.scores.overall.grade})`,
    ...(penalty.points > 0 ? [`  ${msg.summary.riskDeduction({ points: Math.round(penalty.points), flags: penalty.flags })}`] : []),
    '',
    ...dimensionLines(msg.dimensionLabel.consistency, report.scores.consistency, msg),
    '',
    ...dimensionLines(msg.dimensionLabel.tone, report.scores.tone, msg),
    '',
    ...dimensionLines(msg.dimensionLabel.professional, report.scores.professional, msg),
    '',
    `${msg.cli.flags}:`,
  ];
  if (report.flags.length === 0) lines.push(`  ${msg.cli.noFlags}`);
  for (const flag of report.flags) {
    lines.push(`  [${msg.severityLabel[flag.severity]}] ${flag.id}: ${flag.message}`);
    lines.push(...excerptLines(flag.evidence));
  }
  lines.push('', `${msg.cli.suggestions}:`);
  if (report.suggestions.length === 0) lines.push(`  ${msg.cli.noSuggestions}`);
  for (const suggestion of report.suggestions) {
    lines.push(`  ${suggestion.priority}. [${suggestion.dimension}] ${suggestion.title} (${msg.cli.gain} +${suggestion.expectedGain})`);
    lines.push(`     ${suggestion.detail}`);
    if (suggestion.example) lines.push(`     ${msg.cli.example}: ${suggestion.example}`);
  }
  const summary = report.recruiterSummary;
  lines.push('', `${msg.cli.recruiterSummary}:`, `  ${summary.text}`);
  if (summary.strengths.length > 0) lines.push(`  ${msg.cli.strengths}:`, ...summary.strengths.map((item) => `    + ${item}`));
  if (summary.concerns.length > 0) lines.push(`  ${msg.cli.concerns}:`, ...summary.concerns.map((item) => `    - ${item}`));
  for (const flag of summary.flags) {
    lines.push(`    [${msg.severityLabel[flag.severity]}] ${flag.id}: ${flag.excerpts.slice(0, MAX_EXCERPTS_SHOWN).map((excerpt) => `“${excerpt}”`).join(' ')}`);
  }
  lines.push(`  ${summary.disclaimer}`, '');
  return lines.join('\n');
}
