import { detectLanguage } from '../text/language';
import type { Language, Profile, ReportLocale } from '../types';
import { contentFields, type ProfileField } from './fields';

const DOMINANT_SHARE = 0.75;

interface LanguageTally {
  en: number;
  id: number;
}

/** The field's text without its protected spans (what the scorers may look at). */
function scoringText(field: ProfileField): string {
  return field.text.scoringTokens.map((token) => field.text.original.slice(token.start, token.end)).join(' ');
}

function tally(fields: readonly ProfileField[]): LanguageTally {
  const counts: LanguageTally = { en: 0, id: 0 };
  for (const field of fields) {
    const words = field.words.length;
    // Judged on scoring tokens so that a protected self-description cannot switch the report's language.
    const language = field.text.protectedSpans.length === 0 ? field.text.language : detectLanguage(field.text.scoringTokens, scoringText(field));
    if (language === 'en') counts.en += words;
    else if (language === 'id') counts.id += words;
    else if (language === 'mixed') {
      counts.en += words / 2;
      counts.id += words / 2;
    }
  }
  return counts;
}

/** Word-weighted vote of the fields' languages; a mixed field counts half to each side. */
export function languageOf(fields: readonly ProfileField[]): Language {
  const counts = tally(fields);
  const total = counts.en + counts.id;
  if (total === 0) return 'other';
  const englishShare = counts.en / total;
  if (englishShare >= DOMINANT_SHARE) return 'en';
  if (englishShare <= 1 - DOMINANT_SHARE) return 'id';
  return 'mixed';
}

export function profileLanguage(profile: Profile, fields: readonly ProfileField[]): { primary: Language; sources: { source: number; language: Language }[] } {
  const content = contentFields(fields);
  return {
    primary: languageOf(content),
    sources: profile.sources.map((_, source) => ({ source, language: languageOf(content.filter((field) => field.source === source)) })),
  };
}

export function chooseLocale(requested: ReportLocale | undefined, profile: Profile, primary: Language): ReportLocale {
  return requested ?? profile.locale ?? (primary === 'id' || primary === 'mixed' ? 'id' : 'en');
}
