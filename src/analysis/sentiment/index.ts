/**
 * Sentiment of one analysed text, from its scoring tokens only (protected spans never count).
 *
 * Two scorers: the VADER-style lexicon scorer (lexicon-scorer.ts; English words, emoji,
 * emoticons, and for Indonesian text also the hand-written Indonesian polarity words) and the
 * Indonesian model learned from IndoNLU SmSA (indonesian.ts).
 * - 'en': the lexicon scorer alone.
 * - 'id': the model decides the label when a sentiment word backs it (or it is very sure); the
 *   lexicon scorer decides when the model says neutral but the words are clearly polar; the score
 *   is the mean of both (a neutral label may come with a small leaning score). When the model
 *   knows none of the words (emoji-only, very short text), the lexicon scorer alone.
 * - 'mixed' and 'other' (the text layer could not tell: short texts, few function words): the
 *   English lexicon scorer and the Indonesian verdict above, scores averaged with weights = how
 *   many tokens each one explains (English lexicon words vs. words the model leans on).
 */
import type { AnalyzedText } from '../text/types';
import type { SentimentLabel, SentimentResult } from './types';
import { emojiValence, isEnglishSentimentWord, scoreBothReadings, scoreWithLexicon, type LexiconScore } from './lexicon-scorer';
import { loadModel, predictIndonesianText, type IndonesianScore, type ModelFile } from './indonesian';
import { INDONESIAN_PHRASE_HEADS, INDONESIAN_PHRASES, indonesianPolarity } from './indonesian-lexicon';
import { isWrittenAs } from '../text/case';
import { LexemeFacts } from '../text/lexeme';
import modelFile from './model/id-sentiment.json';

export type { SentimentLabel, SentimentResult } from './types';

/** VADER's thresholds on the compound score. */
export const POSITIVE_THRESHOLD = 0.05;
export const NEGATIVE_THRESHOLD = -0.05;
const MAX_EVIDENCE = 8;

const ID_MODEL = loadModel(modelFile as ModelFile);
/** Emoji at least this far from zero (VADER scale) count as a sentiment word. */
const POLAR_EMOJI = 1;
/** Without a sentiment word, the model's label stands only when it is at least this sure. */
const UNSUPPORTED_CONFIDENCE = 0.65;
/** A lexicon score this strong overrides a neutral model verdict on Indonesian text. */
const LEXICON_OVERRIDE = 0.5;

type Contribution = { start: number; end: number; weight: number };

export function scoreSentiment(text: AnalyzedText): SentimentResult {
  switch (text.language) {
    case 'en':
      return fromLexicon(scoreWithLexicon(text));
    case 'id':
      return scoreIndonesianText(text);
    default:
      return scoreBothLanguages(text);
  }
}

export function labelForScore(score: number): SentimentLabel {
  if (score >= POSITIVE_THRESHOLD) return 'positive';
  if (score <= NEGATIVE_THRESHOLD) return 'negative';
  return 'neutral';
}

function scoreIndonesianText(
  text: AnalyzedText,
  model: IndonesianScore = predictIndonesianText(ID_MODEL, text),
  lexicon: LexiconScore = scoreWithLexicon(text, { indonesianWords: true }),
): SentimentResult {
  if (model.contributions.length === 0) return fromLexicon(lexicon);

  const supported = isSupported(text, model);
  const modelScore = supported ? model.score : 0;
  let label: SentimentLabel = 'neutral';
  let deciderScore = 0;
  if (model.label !== 'neutral' && supported) {
    label = model.label;
    deciderScore = modelScore;
  } else if (Math.abs(lexicon.compound) >= LEXICON_OVERRIDE) {
    label = labelForScore(lexicon.compound);
    deciderScore = lexicon.compound;
  }
  const mean = lexicon.contributions.length > 0 ? (modelScore + lexicon.compound) / 2 : modelScore;
  // The score is the mean of both scorers unless that contradicts the label; then it is the score
  // of the scorer that decided the label.
  const contradicts = (label === 'positive' && mean <= 0) || (label === 'negative' && mean >= 0);
  return {
    score: round(contradicts ? deciderScore : mean, 4),
    label,
    evidence: strongest(supported ? model.contributions : [], lexicon.contributions),
  };
}

/**
 * The model's verdict stands when a sentiment word backs it, or when the model is very sure
 * anyway (reviews and rants can be negative without one polar word). Without this, weights the
 * reviews taught it for function words ("aja", "ini", "DM") make plain professional posts negative.
 */
function isSupported(text: AnalyzedText, model: IndonesianScore): boolean {
  if (model.label === 'neutral') return true;
  return model.probabilities[model.label] >= UNSUPPORTED_CONFIDENCE || hasSentimentWord(text);
}

function isSentimentWord(word: string): boolean {
  return isEnglishSentimentWord(word) || indonesianPolarity(word) !== 0;
}

const LEXEME_IS_SENTIMENT_WORD = new LexemeFacts(isSentimentWord);

/** Whether the text holds at least one word or emoji that carries sentiment on its own. */
export function hasSentimentWord(text: AnalyzedText): boolean {
  let previousWord = '';
  for (const token of text.scoringTokens) {
    if (token.kind === 'emoji') {
      if (Math.abs(emojiValence(token.norm)) >= POLAR_EMOJI) return true;
      continue;
    }
    if (token.kind !== 'word' && token.kind !== 'hashtag') {
      previousWord = '';
      continue;
    }
    const norm = token.kind === 'hashtag' ? token.norm.slice(1) : token.norm;
    if (token.kind === 'hashtag' ? isSentimentWord(norm) : LEXEME_IS_SENTIMENT_WORD.of(token.lexeme)) return true;
    if (INDONESIAN_PHRASE_HEADS.has(previousWord) && INDONESIAN_PHRASES.has(`${previousWord} ${norm}`)) return true;
    previousWord = norm;
    if (isWrittenAs(text.original, token.start, token.end, norm)) continue;
    if (isSentimentWord(text.original.slice(token.start, token.end).toLowerCase())) return true;
  }
  return false;
}

function scoreBothLanguages(text: AnalyzedText): SentimentResult {
  const readings = scoreBothReadings(text);
  const english = readings.english;
  const model = predictIndonesianText(ID_MODEL, text);
  if (model.contributions.length === 0) return fromLexicon(english);
  const indonesian = scoreIndonesianText(text, model, readings.indonesian());
  if (english.explained === 0) return indonesian;
  const total = english.explained + model.explained;
  const score = (english.explained * english.compound + model.explained * indonesian.score) / total;
  return {
    score: round(score, 4),
    label: labelForScore(score),
    evidence: strongest(english.contributions, indonesian.evidence),
  };
}

function fromLexicon(lexicon: LexiconScore): SentimentResult {
  return {
    score: round(lexicon.compound, 4),
    label: labelForScore(lexicon.compound),
    evidence: strongest(lexicon.contributions),
  };
}

/**
 * The contributions of both lists that moved the score most, largest first; ties keep list order
 * (the first list before the second). A span both scorers weighed appears once, with the stronger
 * weight. One pass keeping the best few, so long texts cost no sort.
 */
function strongest(first: readonly Contribution[], second: readonly Contribution[] = []): SentimentResult['evidence'] {
  const best: Contribution[] = [];
  keepStrongest(best, first);
  keepStrongest(best, second);
  return best.map((c) => ({ start: c.start, end: c.end, weight: round(c.weight, 3) }));
}

/** Merges contributions into `best`, which stays sorted by decreasing size and at most MAX_EVIDENCE long. */
function keepStrongest(best: Contribution[], contributions: readonly Contribution[]): void {
  for (const c of contributions) {
    const size = Math.abs(c.weight);
    // No stronger than the weakest of a full list: kept neither as a new span nor in place of its own span's entry.
    if (best.length === MAX_EVIDENCE && size <= Math.abs(best[MAX_EVIDENCE - 1].weight)) continue;
    const sameSpan = best.findIndex((b) => b.start === c.start && b.end === c.end);
    if (sameSpan !== -1) {
      if (size <= Math.abs(best[sameSpan].weight)) continue;
      best.splice(sameSpan, 1);
    }
    let at = best.length;
    while (at > 0 && Math.abs(best[at - 1].weight) < size) at--;
    best.splice(at, 0, c);
    if (best.length > MAX_EVIDENCE) best.pop();
  }
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}
