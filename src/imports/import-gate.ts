import { ImportError } from './errors';

/** Seconds a client is told to wait when every import slot is taken. */
const RETRY_AFTER_SECONDS = 5;

/**
 * How many files one process parses at once; each holds its upload and a parser thread, so this
 * bounds the memory imports take (see docs/imports.md). A request past it is refused at once (503
 * with Retry-After) rather than queued, so no upload waits in memory.
 */
export class ImportGate {
  private active = 0;

  constructor(private readonly capacity: number) {}

  /** Takes a slot or throws 503; the returned function gives it back (once). */
  enter(): () => void {
    if (this.active >= this.capacity) {
      throw new ImportError('busy', `Citra is reading ${this.active} other file${this.active > 1 ? 's' : ''} right now; try again in a few seconds.`, 'file', RETRY_AFTER_SECONDS);
    }
    this.active += 1;
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.active -= 1;
    };
  }
}
