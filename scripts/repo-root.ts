import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The nearest folder above one of `starts` holding package.json and src/analysis. */
export function findRepoRoot(starts: readonly string[]): string {
  for (const start of starts) {
    let dir = start;
    for (;;) {
      if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'src', 'analysis'))) return dir;
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  throw new Error(`no repository root above ${starts.join(' or ')}`);
}
