import { type Post, PROFILE_LIMITS } from '../analysis/types';
import { isIsoDate } from '../analysis/validate';
import { cleanText, fitText } from './text/clean';
import type { SkippedItems } from './types';

interface Candidate {
  post: Post;
  time: number;
  order: number;
}

/**
 * Keeps the newest posts of a source (the audit takes PROFILE_LIMITS.postsPerSource of them) in
 * memory bounded by that number, however many the export holds, and counts what it leaves out.
 */
export class PostCollector {
  private candidates: Candidate[] = [];
  private found = 0;
  private sequence = 0;
  private readonly skips = new SkipCounter();

  constructor(
    private readonly warnings: string[],
    private readonly limit: number = PROFILE_LIMITS.postsPerSource,
  ) {}

  /**
   * A post of the candidate's that may go into the source. Whatever the parser did, its text is
   * cleaned (as every imported field is) and a date the audit would refuse is dropped: an import
   * never produces a post that POST /audits refuses.
   */
  add(post: Post): void {
    const cleaned = cleanText(post.text);
    if (cleaned === undefined) return this.skip('no-text', 'a post without text');
    this.found += 1;
    const postedAt = post.postedAt !== undefined && isIsoDate(post.postedAt) ? post.postedAt : undefined;
    const label = `A post${postedAt ? ` of ${postedAt.slice(0, 10)}` : ''}`;
    const text = fitText(cleaned, PROFILE_LIMITS.textField, label, this.warnings);
    const time = postedAt ? Date.parse(postedAt) : Number.NEGATIVE_INFINITY;
    const kept: Post = { ...post, text };
    if (postedAt === undefined) delete kept.postedAt;
    for (const key of ['likes', 'comments', 'shares'] as const) if (!isAuditCount(kept[key])) delete kept[key];
    this.keep({ post: kept, time, order: 0 });
  }

  /** A post found in the export and left out, with the reason. */
  skip(code: string, reason: string): void {
    this.found += 1;
    this.skips.add(code, reason);
  }

  /** Takes over another collector's posts and counts (one file's, read into a collector of its own). */
  absorb(other: PostCollector): void {
    other.trim();
    this.found += other.found;
    for (const item of other.skips.list()) this.skips.add(item.code, item.reason, item.count);
    for (const candidate of other.candidates) this.keep(candidate);
  }

  get foundCount(): number {
    return this.found;
  }

  /** The kept posts, newest first (undated ones last, in file order), and what was left out. */
  finish(): { posts: Post[]; skipped: SkippedItems[] } {
    this.trim();
    return { posts: this.candidates.map((candidate) => candidate.post), skipped: this.skips.list() };
  }

  private keep(candidate: Candidate): void {
    this.sequence += 1;
    this.candidates.push({ ...candidate, order: this.sequence });
    if (this.candidates.length >= this.limit * 4) this.trim();
  }

  private trim(): void {
    this.candidates.sort((a, b) => b.time - a.time || a.order - b.order);
    const dropped = this.candidates.length - this.limit;
    if (dropped <= 0) return;
    this.candidates.length = this.limit;
    this.skips.add('older-posts', `only the ${this.limit} newest posts go into an audit`, dropped);
  }
}

/** A count the audit contract takes: a whole number from 0 to PROFILE_LIMITS.count. */
export function isAuditCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= PROFILE_LIMITS.count;
}

/** Counts of things left out, by code, in the order first seen. */
export class SkipCounter {
  private readonly items = new Map<string, SkippedItems>();

  add(code: string, reason: string, count = 1): void {
    const item = this.items.get(code);
    if (item) item.count += count;
    else this.items.set(code, { code, count, reason });
  }

  list(): SkippedItems[] {
    return [...this.items.values()].map((item) => ({ ...item }));
  }
}
