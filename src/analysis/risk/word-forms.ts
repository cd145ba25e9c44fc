import { LexemeFacts, lexemeOf, type Lexeme } from '../text/lexeme';
import { currentLexiconGeneration, isLexiconWord, startMask } from './phrases';
import { hasDigit } from '../text/digits';

/** Indonesian clitics and particles after a word ("gacornya", "goblokmu", "situslah"). */
const SUFFIXES = ['nya', 'lah', 'kah', 'mu', 'ku'];
/** The superlative prefix ("tergacor"). */
const PREFIXES = ['ter'];
const MIN_STEM = 3;

/** A word's lexicon form, its lexeme and the start mask of a word unit with that norm, kept on the word's lexeme. */
export interface WordForm {
  /** The lexicon generation these were computed in: recomputed in place when a detector registers more words. */
  generation: number;
  form: string;
  lexeme: Lexeme;
  matchers: number;
  /** The form holds a digit: only such words are looked at for an inner capital (Unit.innerCapital). */
  hasDigit: boolean;
}

function computeWordForm(lexeme: Lexeme, wordForm: WordForm): WordForm {
  const form = lexiconForm(lexeme.norm);
  wordForm.generation = currentLexiconGeneration();
  wordForm.form = form;
  wordForm.lexeme = form === lexeme.norm ? lexeme : lexemeOf(form);
  wordForm.matchers = startMask({ norm: form, kind: 'word' });
  wordForm.hasDigit = hasDigit(form);
  return wordForm;
}

const WORD_FORMS = new LexemeFacts<WordForm>((norm) => {
  const lexeme = lexemeOf(norm);
  return computeWordForm(lexeme, { generation: -1, form: norm, lexeme, matchers: 0, hasDigit: false });
});

/** The lexicon form of a word lexeme and its start mask: one field read per word unit. */
export function wordFormOf(lexeme: Lexeme): WordForm {
  const wordForm = WORD_FORMS.of(lexeme);
  return wordForm.generation === currentLexiconGeneration() ? wordForm : computeWordForm(lexeme, wordForm);
}

/** lexiconForm, remembered on the word's lexeme; recomputed whenever a detector registers more words. */
export function cachedLexiconForm(norm: string): string {
  return wordFormOf(lexemeOf(norm)).form;
}

/** The lexicon word inside an affixed Indonesian form, or the norm itself. */
export function lexiconForm(norm: string): string {
  if (isLexiconWord(norm) || norm.length < MIN_STEM + 2) return norm;
  for (const suffix of SUFFIXES) {
    if (norm.length - suffix.length >= MIN_STEM && norm.endsWith(suffix)) {
      const stem = norm.slice(0, -suffix.length);
      if (isLexiconWord(stem)) return stem;
    }
  }
  for (const prefix of PREFIXES) {
    if (norm.length - prefix.length >= MIN_STEM && norm.startsWith(prefix)) {
      const stem = norm.slice(prefix.length);
      if (isLexiconWord(stem)) return stem;
    }
  }
  return norm;
}

