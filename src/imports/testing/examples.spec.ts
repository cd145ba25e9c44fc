import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IMPORT_EXAMPLES } from '../../../scripts/import-examples';

describe('docs/examples/imports', () => {
  it.each(Object.keys(IMPORT_EXAMPLES))('%s is what `npm run examples:imports` writes', async (name) => {
    const committed = readFileSync(join(__dirname, '../../../docs/examples/imports', name));
    expect((await IMPORT_EXAMPLES[name]()).equals(committed)).toBe(true);
  });
});
