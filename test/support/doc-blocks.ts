/**
 * The command blocks of README.md and docs/*.md, as the docs test (test/e2e/stranger.e2e-spec.ts)
 * runs them. The conventions, also in README.md ("Docs that run"):
 *
 * - Every ```bash block runs, in file order, in one shell per file (a variable or function defined
 *   in one block is there in the next), from the repository root, under bash and under zsh.
 * - ```text (or json, yaml, …) is for anything illustrative. ```sh, ```shell, ```zsh and ```console
 *   are refused, so a command block cannot silently escape the test: use ```bash or ```text.
 * - A bash block that must not run (it installs, starts Citra, which the test has done, or runs for
 *   minutes) carries, on the line just above its fence, `<!-- docs-test: skip (why) -->`.
 * - Blocks talk to the instance at `localhost:3000`; the test replaces that address with the one of
 *   the instance it started (as the quick start does, with ADMIN_EMAIL=admin@example.com and
 *   ADMIN_PASSWORD=change-this-admin-passphrase), and exports it as CITRA_URL too.
 */

export interface DocBlock {
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  language: string;
  code: string;
  /** Set when the block carries the skip marker: why it does not run. */
  notRun?: string;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)/;
const SKIP_MARKER = /^<!--\s*docs-test:\s*skip\s*\((.+)\)\s*-->$/;
const ANY_MARKER = /^<!--\s*docs-test:/;
const REFUSED_LANGUAGES = ['sh', 'shell', 'zsh', 'console', 'shell-session', 'bash-session'];

/** Every fenced block of one Markdown file; throws on a broken convention, naming the file and line. */
export function readDocBlocks(file: string, markdown: string): DocBlock[] {
  const lines = markdown.split('\n');
  const blocks: DocBlock[] = [];
  let pendingSkip: { reason: string; line: number } | undefined;
  for (let index = 0; index < lines.length; index += 1) {
    const text = lines[index]!.trim();
    const marker = SKIP_MARKER.exec(text);
    if (marker) {
      pendingSkip = { reason: marker[1]!.trim(), line: index + 1 };
      continue;
    }
    if (ANY_MARKER.test(text)) throw new Error(`${file}:${index + 1}: write the marker as <!-- docs-test: skip (why) -->`);
    const fence = FENCE.exec(lines[index]!);
    if (!fence) {
      if (text !== '' && pendingSkip) throw new Error(`${file}:${pendingSkip.line}: the skip marker must be just above a \`\`\`bash fence`);
      continue;
    }
    const [, delimiter, language] = fence as unknown as [string, string, string];
    if (REFUSED_LANGUAGES.includes(language.toLowerCase())) {
      throw new Error(`${file}:${index + 1}: \`\`\`${language} block: use \`\`\`bash for commands (the docs test runs them) or \`\`\`text for illustration`);
    }
    const end = closingFence(lines, index + 1, delimiter);
    if (end < 0) throw new Error(`${file}:${index + 1}: the code block is never closed`);
    if (pendingSkip && language !== 'bash') throw new Error(`${file}:${pendingSkip.line}: the skip marker is only for \`\`\`bash blocks`);
    blocks.push({ file, line: index + 1, language, code: lines.slice(index + 1, end).join('\n'), notRun: pendingSkip?.reason });
    pendingSkip = undefined;
    index = end;
  }
  if (pendingSkip) throw new Error(`${file}:${pendingSkip.line}: the skip marker must be just above a \`\`\`bash fence`);
  return blocks;
}

function closingFence(lines: readonly string[], from: number, delimiter: string): number {
  for (let index = from; index < lines.length; index += 1) {
    const text = lines[index]!.trim();
    if (text.startsWith(delimiter[0]!.repeat(delimiter.length)) && /^[`~]+$/.test(text)) return index;
  }
  return -1;
}

/** The bash blocks that run. */
export function runnableBlocks(blocks: readonly DocBlock[]): DocBlock[] {
  return blocks.filter((block) => block.language === 'bash' && block.notRun === undefined);
}
