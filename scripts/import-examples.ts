/**
 * Writes the invented example exports of docs/examples/imports (npm run examples:imports): a
 * LinkedIn data export and an X archive of Bayu Santoso, each with the entries an import never
 * opens (marked PRIVATE-7f3a). The bytes are reproducible; a unit test checks the committed files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipOf } from '../src/imports/testing/builders';
import { linkedinExportEntries, xArchiveEntries } from '../src/imports/testing/fixtures';
import { findRepoRoot } from './repo-root';

export const IMPORT_EXAMPLES: Record<string, () => Promise<Buffer>> = {
  'linkedin-export.zip': () => zipOf(linkedinExportEntries()),
  'x-archive.zip': () => zipOf(xArchiveEntries()),
};

async function main(): Promise<void> {
  const folder = join(findRepoRoot([__dirname, process.cwd()]), 'docs/examples/imports');
  mkdirSync(folder, { recursive: true });
  for (const [name, build] of Object.entries(IMPORT_EXAMPLES)) {
    const bytes = await build();
    writeFileSync(join(folder, name), bytes);
    process.stdout.write(`${join('docs/examples/imports', name)} (${bytes.length} bytes)\n`);
  }
}

if (require.main === module) void main();
