import type { ProfileAnalysis } from '../profile/analyze';
import type { TextAnalyzers } from '../profile/fields';
import type { Flag } from '../types';
import { nameTokens } from '../profile/consistency';
import { mainRole } from './headline';
import type { PortfolioKind } from './messages/types';

const CODE_FAMILIES: ReadonlySet<string> = new Set(['software', 'backend', 'frontend', 'mobile', 'devops', 'data', 'ml', 'qa', 'security', 'gaming']);
const CODE_FIELDS: ReadonlySet<string> = new Set(['security', 'games']);

/** The proof of work that fits the role the person presents: GitHub for engineers, Behance for designers, STR for clinicians. */
export function portfolioKind(analysis: ProfileAnalysis): PortfolioKind {
  if (analysis.role?.field === 'health') return 'clinical';
  if (analysis.role && CODE_FIELDS.has(analysis.role.field)) return 'code';
  const family = mainRole(analysis)?.entry?.family;
  if (family === 'healthcare') return 'clinical';
  if (family === 'design') return 'design';
  if (family !== undefined && CODE_FAMILIES.has(family)) return 'code';
  return 'writing';
}

/** The flagged passages of the report, as written. */
function flaggedTexts(analysis: ProfileAnalysis, flags: readonly Flag[]): string[] {
  const texts: string[] = [];
  for (const flag of flags) {
    for (const evidence of flag.evidence) {
      const field = analysis.fields.find((item) => item.source === evidence.source && item.field === evidence.field);
      const text = field ? field.text.original.slice(evidence.start, evidence.end) : evidence.excerpt;
      if (text.trim().length > 0) texts.push(text.trim().toLowerCase());
    }
  }
  return texts;
}

/**
 * The examples that may be shown: none repeats a flagged passage or carries a risk of its own
 * (profanity, an insult, a threat, personal data), whatever it was built from. All examples are
 * read in one pass, one per line; an example a hit touches is dropped.
 */
export function safeExamples(
  examples: readonly (string | undefined)[],
  analysis: ProfileAnalysis,
  flags: readonly Flag[],
  analyzers: TextAnalyzers,
): (string | undefined)[] {
  const flagged = flaggedTexts(analysis, flags);
  const kept = examples.map((example) => {
    if (example === undefined) return undefined;
    const lower = example.toLowerCase();
    return flagged.some((text) => lower.includes(text) || text.includes(lower)) ? undefined : example;
  });
  const spans: { start: number; end: number; index: number }[] = [];
  let joined = '';
  kept.forEach((example, index) => {
    if (example === undefined) return;
    if (joined.length > 0) joined += '\n\n';
    spans.push({ start: joined.length, end: joined.length + example.length, index });
    joined += example;
  });
  if (joined.length === 0) return kept;
  const hits = analyzers.detectRisks(analyzers.analyzeText(joined, { source: -1, field: 'examples' }), { platform: 'other' });
  for (const span of spans) {
    if (hits.some((hit) => hit.start < span.end && span.start < hit.end)) kept[span.index] = undefined;
  }
  return kept;
}

/**
 * The name to use everywhere: the fullest real name among the display names (taglines and titles
 * left out), LinkedIn's on a tie; never a tagline such as "Skincare Diary".
 */
export function professionalName(analysis: ProfileAnalysis): string | undefined {
  let best: { name: string; parts: number; linkedin: boolean } | undefined;
  for (const identity of analysis.identities) {
    const field = identity.nameField;
    if (!field) continue;
    const tokens = nameTokens(field).filter((token) => !field.text.protectedSpans.some((span) => span.start < token.end && token.start < span.end));
    if (tokens.length === 0) continue;
    const name = field.text.original.slice(tokens[0].start, tokens[tokens.length - 1].end);
    const linkedin = identity.platform === 'linkedin';
    if (!best || tokens.length > best.parts || (tokens.length === best.parts && linkedin && !best.linkedin)) best = { name, parts: tokens.length, linkedin };
  }
  return best?.name;
}
