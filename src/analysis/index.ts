import type { AnalysisOptions } from './profile/analyze';
import { ENGINE_ANALYZERS } from './profile/analyzers';
import { buildReport } from './report/build';
import type { Profile, Report, ReportLocale } from './types';
import { ENGINE_VERSION } from './engine-version';

export { ENGINE_VERSION } from './engine-version';
export { validateProfile, type ValidationError, type ValidationResult } from './validate';
export * from './types';

export interface AuditOptions {
  locale?: ReportLocale;
  /** ISO date activity recency is measured against (e.g. when the profile was collected); default: the newest date in the profile. */
  referenceDate?: string;
}

/** Audits a validated profile: deterministic, offline, linear in the size of the text. */
export function auditProfile(profile: Profile, options: AuditOptions = {}): Report {
  const analysisOptions: AnalysisOptions = { locale: options.locale, referenceDate: options.referenceDate };
  return buildReport(profile, ENGINE_ANALYZERS, analysisOptions, ENGINE_VERSION);
}
