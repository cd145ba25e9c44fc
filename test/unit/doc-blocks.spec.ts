import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocBlocks, runnableBlocks } from '../support/doc-blocks';

const ROOT = join(__dirname, '../..');

describe('docs command blocks (the conventions the docs test runs them by)', () => {
  it('runs ```bash blocks, skips the marked ones with their reason, leaves text alone', () => {
    const blocks = readDocBlocks(
      'x.md',
      ['```bash', 'echo one', '```', '', '<!-- docs-test: skip (starts a server) -->', '```bash', 'npm start', '```', '```text', 'illustration', '```', '```json', '{}', '```'].join('\n'),
    );
    expect(blocks.map(({ line, language, notRun }) => ({ line, language, notRun }))).toEqual([
      { line: 1, language: 'bash', notRun: undefined },
      { line: 6, language: 'bash', notRun: 'starts a server' },
      { line: 9, language: 'text', notRun: undefined },
      { line: 12, language: 'json', notRun: undefined },
    ]);
    expect(runnableBlocks(blocks).map((block) => block.code)).toEqual(['echo one']);
  });

  it.each([
    [['```sh', 'npm start', '```'], 'x.md:1: ```sh block: use ```bash'],
    [['```console', '$ ls', '```'], 'x.md:1: ```console block'],
    [['<!-- docs-test: skip (why) -->', 'text', '```bash', 'x', '```'], 'x.md:1: the skip marker must be just above'],
    [['<!-- docs-test: skip -->', '```bash', 'x', '```'], 'x.md:1: write the marker as'],
    [['<!-- docs-test: skip (why) -->', '```text', 'x', '```'], 'only for ```bash blocks'],
    [['```bash', 'never closed'], 'x.md:1: the code block is never closed'],
  ])('refuses a broken convention, naming the file and line (%#)', (lines, message) => {
    expect(() => readDocBlocks('x.md', lines.join('\n'))).toThrow(message);
  });

  it('README.md and every docs/*.md follow them', () => {
    const files = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((file) => file.endsWith('.md')).map((file) => `docs/${file}`)];
    for (const file of files) expect(() => readDocBlocks(file, readFileSync(join(ROOT, file), 'utf8'))).not.toThrow();
    expect(runnableBlocks(readDocBlocks('README.md', readFileSync(join(ROOT, 'README.md'), 'utf8'))).length).toBeGreaterThan(3);
  });
});
