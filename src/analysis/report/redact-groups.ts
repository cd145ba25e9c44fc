import type { ProfileField } from '../profile/fields';
import framesLexicon from '../reading/lexicons/frames.json';
import selfDescriptionLexicon from '../text/lexicons/self-description.json';
import type { Span, Token } from '../text/types';

const GROUP_MARKERS: ReadonlySet<string> = new Set(selfDescriptionLexicon.entries.groupMarkers);
const FIRST_PERSON: ReadonlySet<string> = new Set(framesLexicon.entries.self);

/** Index of the sentence holding each token (-1 outside every sentence): one pass. */
function sentenceOfTokens(tokens: readonly Token[], sentences: readonly Span[]): Int32Array {
  const result = new Int32Array(tokens.length);
  let s = 0;
  tokens.forEach((token, index) => {
    while (s < sentences.length && sentences[s].end <= token.start) s++;
    result[index] = s < sentences.length && sentences[s].start <= token.start ? s : -1;
  });
  return result;
}

/**
 * Protected spans that name the group a hateful sentence attacks rather than the writer: the span
 * opens with a group marker or follows one ("orang yahudi", "warga keturunan ...") and its sentence
 * has no first person ("saya", "I", "we"). The text layer masks such a label as a possible
 * self-description; in a hate excerpt it is the target, and masking it would hide what the recruiter
 * must judge. "Saya orang jawa" stays masked. Linear: one pass over the tokens and the sorted spans.
 */
export function attackedGroupLabels(field: ProfileField): Span[] {
  const { tokens, protectedSpans, sentences } = field.text;
  if (protectedSpans.length === 0) return [];
  const sentenceOf = sentenceOfTokens(tokens, sentences);
  const firstPerson = new Uint8Array(sentences.length);
  tokens.forEach((token, index) => {
    if (sentenceOf[index] !== -1 && FIRST_PERSON.has(token.norm)) firstPerson[sentenceOf[index]] = 1;
  });
  const attacked: Span[] = [];
  let t = 0;
  for (const span of [...protectedSpans].sort((a, b) => a.start - b.start)) {
    while (t < tokens.length && tokens[t].start < span.start) t++;
    let first = t;
    while (first < tokens.length && tokens[first].kind !== 'word' && tokens[first].end <= span.end) first++;
    if (first >= tokens.length || tokens[first].end > span.end || sentenceOf[first] === -1 || firstPerson[sentenceOf[first]] === 1) continue;
    if (GROUP_MARKERS.has(tokens[first].norm) || (first > 0 && GROUP_MARKERS.has(tokens[first - 1].norm))) attacked.push(span);
  }
  return attacked;
}

/** A test for tokens in text order: is this token inside one of the (sorted, apart) spans? Linear over a pass. */
export function insideSpansInOrder(spans: readonly Span[]): (token: Token) => boolean {
  let s = 0;
  return (token) => {
    while (s < spans.length && spans[s].end <= token.start) s++;
    return s < spans.length && spans[s].start <= token.start && token.end <= spans[s].end;
  };
}
