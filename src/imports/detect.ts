import { extname } from 'node:path';
import { TextDecoder } from 'node:util';
import type { ZipArchive } from './archive/zip';
import { ImportError } from './errors';
import { FACEBOOK_ANCHORS } from './parsers/facebook';
import { INSTAGRAM_ANCHORS } from './parsers/instagram';
import { LINKEDIN_ANCHOR } from './parsers/linkedin-export';
import { TIKTOK_FILES } from './parsers/tiktok';
import { X_ANCHORS } from './parsers/x-archive';
import { aPlatform, type FilePlatform, PLATFORM_NAMES } from './types';

export type FileKind = 'zip' | 'pdf' | 'json' | 'unknown';

const KIND_NAMES: Record<FileKind, string> = {
  zip: 'a ZIP archive',
  pdf: 'a PDF',
  json: 'a JSON file',
  unknown: 'neither a ZIP archive, a PDF nor a JSON file',
};

const EXTENSION_KINDS: Record<string, FileKind> = { '.zip': 'zip', '.pdf': 'pdf', '.json': 'json' };

/** What the file is, from its first bytes (never from its name). */
export function sniff(head: Uint8Array): FileKind {
  if (head[0] === 0x50 && head[1] === 0x4b && [0x03, 0x05, 0x07].includes(head[2]) && [0x04, 0x06, 0x08].includes(head[3])) return 'zip';
  if (Buffer.from(head.subarray(0, 1024)).includes('%PDF-')) return 'pdf';
  let index = 0;
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) index = 3;
  else if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    const text = new TextDecoder(head[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(head.subarray(2, 66)).trimStart();
    return text.startsWith('{') || text.startsWith('[') ? 'json' : 'unknown';
  }
  while (index < head.length && [0x20, 0x09, 0x0a, 0x0d].includes(head[index])) index += 1;
  return head[index] === 0x7b || head[index] === 0x5b ? 'json' : 'unknown';
}

/**
 * The kind of a file whose name and content agree: `report.pdf` that holds a ZIP archive is
 * refused (415), as is anything that is not a ZIP, PDF or JSON file. A name without one of
 * those extensions is judged by its content alone.
 */
export function fileKind(name: string, head: Uint8Array): Exclude<FileKind, 'unknown'> {
  const content = sniff(head);
  const claimed = EXTENSION_KINDS[extname(name).toLowerCase()];
  if (claimed !== undefined && content !== claimed) {
    throw new ImportError('unsupported_type', `${name} is not what its name says: it is named like ${KIND_NAMES[claimed]} but is ${KIND_NAMES[content]}.`);
  }
  if (content === 'unknown') {
    throw new ImportError(
      'unsupported_type',
      `${name} is ${KIND_NAMES.unknown}. Citra imports the platforms' downloads: ZIP archives (LinkedIn, X, Instagram, Facebook, TikTok), LinkedIn's "Save to PDF" profile and TikTok's JSON file.`,
    );
  }
  return content;
}

export interface ArchiveLayout {
  platform: FilePlatform;
  /** The folder the export sits in inside the archive ('' at the root). */
  prefix: string;
}

const LAYOUT_ANCHORS: [FilePlatform, string[]][] = [
  ['x', X_ANCHORS],
  ['linkedin', [LINKEDIN_ANCHOR]],
  ['tiktok', TIKTOK_FILES],
  ['instagram', INSTAGRAM_ANCHORS],
  ['facebook', FACEBOOK_ANCHORS],
];

/** Downloads requested in another format than JSON, recognised to say what to do instead. */
const OTHER_FORMATS = /(^|\/)(personal_information|your_posts(__check_ins__photos_and_videos)?_\d+|posts_\d+|profile_information)\.html$|(^|\/)user_data(_tiktok)?\.txt$/;

function findLayouts(archive: ZipArchive): ArchiveLayout[] {
  const layouts: ArchiveLayout[] = [];
  for (const [platform, anchors] of LAYOUT_ANCHORS) {
    for (const anchor of anchors) {
      const prefix = archive.prefixOf(anchor);
      if (prefix !== undefined) {
        layouts.push({ platform, prefix });
        break;
      }
    }
  }
  return layouts;
}

/** Which platform's export the archive is, checked against the platform the candidate named. */
export function detectLayout(archive: ZipArchive, expected: FilePlatform | undefined): ArchiveLayout {
  const layouts = findLayouts(archive);
  const chosen = expected === undefined ? layouts : layouts.filter((layout) => layout.platform === expected);
  if (chosen.length === 1) return chosen[0];
  if (chosen.length > 1) {
    throw new ImportError(
      'unprocessable',
      `${archive.fileName} holds the exports of several platforms (${chosen.map((layout) => PLATFORM_NAMES[layout.platform]).join(', ')}). Upload them one at a time, or say which platform to read.`,
      'platform',
    );
  }
  if (layouts.length > 0) {
    const found = layouts.map((layout) => aPlatform(layout.platform)).join(' and ');
    throw new ImportError('unprocessable', `${archive.fileName} is ${found} export, not ${aPlatform(expected as FilePlatform)} one.`, 'platform');
  }
  const nested = archive.nestedArchives();
  if (nested.length > 0) {
    throw new ImportError(
      'unprocessable',
      `${archive.fileName} holds another archive (${nested[0]}). Archives inside archives are not opened: upload the inner archive itself.`,
    );
  }
  if (archive.names.some((name) => OTHER_FORMATS.test(name))) {
    throw new ImportError('unprocessable', `${archive.fileName} is a download in HTML or text format. Request the download again and choose JSON as its format.`);
  }
  throw new ImportError(
    'unprocessable',
    `${archive.fileName} is not an export Citra reads: it has none of LinkedIn's Profile.csv, X's data/account.js or data/tweets.js, Instagram's personal_information or posts_1.json, Facebook's your_posts files or TikTok's user_data_tiktok.json.`,
  );
}
