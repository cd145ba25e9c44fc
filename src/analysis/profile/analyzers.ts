import type { TextAnalyzers } from './fields';
import { detectRisks, readRiskText } from '../risk';
import { scoreSentiment } from '../sentiment';
import { analyzeText } from '../text';

/** The engine's text layer, risk detectors and sentiment scorer, as the profile layer consumes them. */
export const ENGINE_ANALYZERS: TextAnalyzers = { analyzeText, detectRisks, readText: readRiskText, scoreSentiment };
