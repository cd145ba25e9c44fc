import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { projectRoot } from './project-root';

/** Where each variable that `.env` supplied came from; the environment's own variables are absent. */
const fromEnvFile = new Set<string>();
/** The file read (or undefined: none), once loadEnvFile has run. */
let loaded: { file: string | undefined } | undefined;

/**
 * Reads `<project root>/.env` once, into process.env, before anything else reads the environment:
 * every entrypoint (npm start, start:api, start:worker, admin:create, the migration commands) calls
 * it first, so `.env` means the same thing everywhere. A variable already set in the environment
 * wins over the same one in `.env`; after that come npm start's local discovery and its embedded
 * fallbacks. Parsed by Node's own parser (`util.parseEnv`): `#` starts a comment, so quote a value
 * that contains one. Returns the file read, or undefined when there is none.
 */
export function loadEnvFile(file = join(projectRoot(), '.env'), env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (loaded) return loaded.file;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    loaded = { file: undefined };
    return undefined;
  }
  loaded = { file };
  for (const [name, value] of Object.entries(parseEnv(text) as Record<string, string>)) {
    if (env[name] !== undefined) continue;
    env[name] = value;
    fromEnvFile.add(name);
  }
  return file;
}

/** "DATABASE_URL (set in .env)" or "DATABASE_URL": how messages name a variable, so the user knows where to fix it. */
export function describeVariable(name: string): string {
  return fromEnvFile.has(name) ? `${name} (set in .env)` : name;
}

/** For tests: forget what was loaded, so loadEnvFile reads again. */
export function resetEnvFileForTests(): void {
  loaded = undefined;
  fromEnvFile.clear();
}
