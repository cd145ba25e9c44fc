/**
 * What an import reads and what it answers. Framework-free: the CLI, the parser thread and the Nest
 * service share these types. The sources follow the audit contract of src/analysis/types.ts.
 */
import type { Platform, Source } from '../analysis/types';

/** The export formats Citra reads; docs/imports.md describes each one's files and fields. */
export const IMPORT_FORMATS = [
  'linkedin-export',
  'linkedin-pdf',
  'x-archive',
  'instagram-export',
  'tiktok-export',
  'facebook-export',
  'github',
] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** The default upload limit (IMPORT_MAX_FILE_MB); the web page checks it before sending a file. */
export const DEFAULT_IMPORT_MAX_FILE_MB = 50;

/** Platforms a file import can be told to expect (`--platform`, the `platform` form field). */
export const FILE_PLATFORMS = ['linkedin', 'x', 'instagram', 'tiktok', 'facebook'] as const;
export type FilePlatform = (typeof FILE_PLATFORMS)[number];

/** How the platforms are written in messages. */
export const PLATFORM_NAMES: Record<FilePlatform, string> = { linkedin: 'LinkedIn', x: 'X', instagram: 'Instagram', tiktok: 'TikTok', facebook: 'Facebook' };

/** "a LinkedIn", "an X", "an Instagram". */
export function aPlatform(platform: FilePlatform): string {
  const name = PLATFORM_NAMES[platform];
  return `${/^[AEIOX]/.test(name) ? 'an' : 'a'} ${name}`;
}

/** An uploaded file held in memory, or a file on disk (the CLI: only the entries needed are read). */
export type ImportInput = { name: string; bytes: Uint8Array } | { name: string; path: string };

export interface ImportOptions {
  /** The platform the file should come from; a file of another platform is refused. */
  platform?: FilePlatform;
  /** X only: keep replies to other accounts (left out by default; threads of one's own are kept). */
  includeReplies?: boolean;
}

/** What an import may use; every limit is enforced while reading, not after. */
export interface ImportLimits {
  /** Largest file accepted (the upload limit; the CLI applies it to files on disk too). */
  maxFileBytes: number;
  /** Uncompressed bytes read from one archive, over all the entries opened. */
  maxExtractedBytes: number;
  /** Entries an archive may list in its central directory. */
  maxEntries: number;
  /** Pages of a PDF that are read. */
  maxPdfPages: number;
}

/** Something left out of the preview, counted, with the reason a person reads. */
export interface SkippedItems {
  /** Stable key for translations and tests: 'retweets', 'replies', 'older-posts', 'not-public', ... */
  code: string;
  count: number;
  reason: string;
}

export interface ImportResult {
  format: ImportFormat;
  platform: Platform;
  /** Ready for `POST /api/v1/audits` or `citra audit` as `{ "sources": [...] }`, edited or not. */
  sources: Source[];
  counts: {
    /** Posts found in the file before any was left out. */
    postsFound: number;
    /** Posts in `sources` (at most PROFILE_LIMITS.postsPerSource, the newest first). */
    postsKept: number;
  };
  skipped: SkippedItems[];
  /** Things the candidate should check in the preview (e.g. a text that was shortened). */
  warnings: string[];
  /** Every archive entry that was opened, in order: nothing else was read. */
  filesRead: string[];
}
