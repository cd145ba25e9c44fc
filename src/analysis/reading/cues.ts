import { PhraseMatcher, type PhraseMatch } from '../risk/phrases';
import type { Unit } from '../risk/units';
import framesLexicon from './lexicons/frames.json';
import type { Frame, Target } from './types';

/** Frames with cue lists, strongest first: a sentence takes the strongest frame it has a cue for. */
export const CUED_FRAMES: readonly Frame[] = ['promote', 'offer', 'quote', 'warn', 'condemn', 'report', 'teach', 'narrate'];
export const FRAME_RANK: Readonly<Record<Frame, number>> = {
  promote: 8,
  offer: 7,
  quote: 6,
  warn: 5,
  condemn: 4,
  report: 3,
  teach: 2,
  narrate: 1,
  plain: 0,
};

function labelled<T>(groups: readonly [T, readonly string[]][]): { phrases: string[]; labels: T[] } {
  const phrases: string[] = [];
  const labels: T[] = [];
  for (const [label, list] of groups) {
    for (const phrase of list) {
      phrases.push(phrase);
      labels.push(label);
    }
  }
  return { phrases, labels };
}

const entries = framesLexicon.entries;
const FRAME_CUES = labelled<Frame>(CUED_FRAMES.map((frame) => [frame, entries[frame as keyof typeof entries]]));
const TARGET_CUES = labelled<Target>([
  ['self', entries.self],
  ['reader', entries.reader],
  ['person', entries.person],
]);
/** Built at module load: one matcher for every frame cue, one for every target cue. */
const FRAME_MATCHER = new PhraseMatcher(FRAME_CUES.phrases);
const TARGET_MATCHER = new PhraseMatcher(TARGET_CUES.phrases);

/** The frame cues of a text (unit ranges `from`..`to`); cueFrame tells each one's frame. */
export function frameCues(units: readonly Unit[]): PhraseMatch[] {
  return FRAME_MATCHER.findAll(units);
}

export function cueFrame(cue: PhraseMatch): Frame {
  return FRAME_CUES.labels[cue.phrase];
}

/** The target cues of a text (unit ranges `from`..`to`); cueTarget tells whom each one speaks to. */
export function targetCues(units: readonly Unit[]): PhraseMatch[] {
  return TARGET_MATCHER.findAll(units);
}

export function cueTarget(cue: PhraseMatch): Target {
  return TARGET_CUES.labels[cue.phrase];
}
