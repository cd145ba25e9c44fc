import type { ProfileAnalysis } from '../profile/analyze';
import type { Evidence, ReportReading } from '../types';

/** The inferred role as the report states it, with evidence spans into the submitted fields. */
export function reportReading(analysis: ProfileAnalysis): ReportReading {
  const role = analysis.role;
  if (role === undefined) return { role: null, field: null, professionalCategories: [], evidence: [] };
  const evidence: Evidence[] = [];
  for (const span of role.evidence) {
    const field = analysis.fields.find((candidate) => candidate.source === span.source && candidate.field === span.field);
    if (field === undefined) continue;
    evidence.push({ ...span, excerpt: field.text.original.slice(span.start, span.end) });
  }
  return { role: role.role, field: role.field, professionalCategories: [...role.domains], evidence };
}
