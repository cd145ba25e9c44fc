import type { ProfileField } from '../profile/fields';
import framesLexicon from '../reading/lexicons/frames.json';
import selfDescriptionLexicon from '../text/lexicons/self-description.json';
import type { Span, Token } from '../text/types';

const GROUP_MARKERS: ReadonlySet<string> = new Set(selfDescriptionLexicon.entries.groupMarkers);
const FIRST_PERSON: ReadonlySet<string> = new Set(framesLexicon.entries.self);

function sentenceHolding(field: ProfileField, start: number): Span | undefined {
  return field.text.sentences.find((sentence) => sentence.start <= start && start < sentence.end);
}

function speaksOfSelf(tokens: readonly Token[], sentence: Span): boolean {
  return tokens.some((token) => token.start >= sentence.start && token.end <= sentence.end && FIRST_PERSON.has(token.norm));
}

/**
 * Protected spans that name the group a hateful sentence attacks rather than the writer: the span
 * opens with a group marker or follows one ("orang yahudi", "warga keturunan ...") and its sentence
 * has no first person ("saya", "I", "we"). The text layer masks such a label as a possible self-description; in a
 * hate excerpt it is the target, and masking it would hide what the recruiter must judge. "Saya orang
 * jawa" stays masked.
 */
export function attackedGroupLabels(field: ProfileField): Span[] {
  const { tokens, protectedSpans } = field.text;
  return protectedSpans.filter((span) => {
    const first = tokens.findIndex((token) => token.start >= span.start && token.kind === 'word');
    if (first === -1 || tokens[first].end > span.end) return false;
    const marked = GROUP_MARKERS.has(tokens[first].norm) || (first > 0 && GROUP_MARKERS.has(tokens[first - 1].norm));
    if (!marked) return false;
    const sentence = sentenceHolding(field, span.start);
    return sentence !== undefined && !speaksOfSelf(tokens, sentence);
  });
}
