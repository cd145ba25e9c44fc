import type { TextAnalyzers } from '../profile/fields';
import type { AnalyzedText } from '../text/types';

/**
 * The analyzers for one report's suggestions, where a text analysed twice is analysed once: the headline
 * rewrite is scored, then read again for risks as the examples when it is the only example. Made per call
 * of buildSuggestions and dropped with it (never across audits). Sharing is safe: nothing changes an
 * analysed text once analyzeText returns it; only the caller's ref differs.
 */
export function analysedOnce(analyzers: TextAnalyzers): TextAnalyzers {
  const byOriginal = new Map<string, AnalyzedText>();
  return {
    detectRisks: analyzers.detectRisks,
    readText: analyzers.readText,
    scoreSentiment: analyzers.scoreSentiment,
    analyzeText(original, ref) {
      const known = byOriginal.get(original);
      if (known) return { ...known, ref };
      const text = analyzers.analyzeText(original, ref);
      byOriginal.set(original, text);
      return text;
    },
  };
}
