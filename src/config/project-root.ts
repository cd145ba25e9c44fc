import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

let cached: string | undefined;

/**
 * The Citra checkout this code runs from: the nearest folder above this file holding package.json
 * (the repository root for `src/` under ts-node or Jest, and for `dist/src/` after a build). `.env`
 * and `.data/` live there, whatever the current directory is.
 */
export function projectRoot(): string {
  if (cached) return cached;
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return (cached = dir);
    if (dirname(dir) === dir) throw new Error(`No package.json above ${__dirname}`);
  }
}
