import { PhraseMatcher } from '../risk/phrases';
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

export interface CueHit {
  from: number;
  to: number;
}

export interface FrameCue extends CueHit {
  frame: Frame;
}

export interface TargetCue extends CueHit {
  target: Target;
}

export function frameCues(units: readonly Unit[]): FrameCue[] {
  return FRAME_MATCHER.findAll(units).map((match) => ({ from: match.from, to: match.to, frame: FRAME_CUES.labels[match.phrase] }));
}

export function targetCues(units: readonly Unit[]): TargetCue[] {
  return TARGET_MATCHER.findAll(units).map((match) => ({ from: match.from, to: match.to, target: TARGET_CUES.labels[match.phrase] }));
}
