import { promises as fs } from 'node:fs';
import { inputOpener, readJson } from './archive/entries';
import { ZipArchive } from './archive/zip';
import { detectLayout, fileKind } from './detect';
import { ImportError, megabytes } from './errors';
import { parseFacebook } from './parsers/facebook';
import { parseInstagram } from './parsers/instagram';
import { parseLinkedInExport } from './parsers/linkedin-export';
import { parseLinkedInPdf } from './parsers/linkedin-pdf';
import { parseTikTok, TIKTOK_FILES } from './parsers/tiktok';
import { parseXArchive } from './parsers/x-archive';
import { type FilePlatform, type ImportInput, type ImportLimits, type ImportOptions, type ImportResult, aPlatform, PLATFORM_NAMES } from './types';

async function sizeOf(input: ImportInput): Promise<number> {
  return 'bytes' in input ? input.bytes.byteLength : (await fs.stat(input.path)).size;
}

async function headOf(input: ImportInput): Promise<Uint8Array> {
  if ('bytes' in input) return input.bytes.subarray(0, 1024);
  const handle = await fs.open(input.path, 'r');
  try {
    const buffer = Buffer.alloc(1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function expect(platform: FilePlatform | undefined, allowed: FilePlatform, what: string, name: string): void {
  if (platform !== undefined && platform !== allowed) {
    throw new ImportError('unprocessable', `${name} is ${what}, which only ${PLATFORM_NAMES[allowed]} exports are; it is not ${aPlatform(platform)} export.`, 'platform');
  }
}

async function importArchive(input: ImportInput, options: ImportOptions, limits: ImportLimits): Promise<ImportResult> {
  const archive = await ZipArchive.open(input, limits);
  try {
    const layout = detectLayout(archive, options.platform);
    switch (layout.platform) {
      case 'x':
        return await parseXArchive(archive, layout.prefix, options);
      case 'linkedin':
        return await parseLinkedInExport(archive, layout.prefix);
      case 'instagram':
        return await parseInstagram(archive, layout.prefix);
      case 'facebook':
        return await parseFacebook(archive, layout.prefix);
      case 'tiktok': {
        const scoped = archive.scoped(layout.prefix);
        const name = TIKTOK_FILES.find((file) => scoped.has(file)) as string;
        return await readJson(() => scoped.openEntry(name), name, (text) => parseTikTok(text, name, archive.filesRead));
      }
    }
  } finally {
    archive.close();
  }
}

/**
 * Reads one export file into profile sources: what it is is decided by its content (a ZIP
 * archive, a PDF or a JSON file, the name agreeing), then by the archive's layout. Framework-free;
 * the API and the CLI run it in a thread of its own (runner/), with a heap ceiling and a deadline.
 */
export async function importFile(input: ImportInput, options: ImportOptions, limits: ImportLimits): Promise<ImportResult> {
  const size = await sizeOf(input);
  if (size > limits.maxFileBytes) {
    throw new ImportError('too_large', `${input.name} is ${megabytes(size)}; an import takes files of at most ${megabytes(limits.maxFileBytes)}.`);
  }
  if (size === 0) throw new ImportError('unprocessable', `${input.name} is empty.`);
  const kind = fileKind(input.name, await headOf(input));
  if (kind === 'zip') return importArchive(input, options, limits);
  if (kind === 'pdf') {
    expect(options.platform, 'linkedin', 'a PDF', input.name);
    const bytes = 'bytes' in input ? input.bytes : new Uint8Array(await fs.readFile(input.path));
    return parseLinkedInPdf(bytes, input.name, limits.maxPdfPages);
  }
  expect(options.platform, 'tiktok', 'a JSON file', input.name);
  return readJson(inputOpener(input), input.name, (text) => parseTikTok(text, input.name, [input.name]));
}
