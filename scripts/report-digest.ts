/**
 * `npm run digest`: one SHA-256 over the engine's reports for the four example profiles and for the
 * texts of every labelled set (each text audited as a one-post profile). A change meant only to make
 * the engine faster or tidier must leave it the same; a change in scoring changes it (and must bump
 * ENGINE_VERSION).
 *
 *   node dist/scripts/report-digest.js [--shared DIR]     (DIR defaults to <repo root>/../shared)
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { auditProfile, type Profile } from '../src/analysis';
import { findRepoRoot } from './repo-root';

/** Fixed, so that the digest does not change with the day it is taken. */
const REFERENCE_DATE = '2026-11-01';

function sharedDir(args: readonly string[]): string {
  const flag = args.indexOf('--shared');
  if (flag >= 0 && args[flag + 1]) return resolve(args[flag + 1]);
  return resolve(findRepoRoot([__dirname, process.cwd()]), '..', 'shared');
}

/** The example files hold one profile, or a fairness pair under `a` and `b`. */
function exampleProfiles(dir: string): Profile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => {
      const json = JSON.parse(readFileSync(join(dir, name), 'utf8'));
      return json.sources ? [json] : [json.a, json.b];
    });
}

/** Every data line of every labelled file (header skipped), as a one-post profile. */
function evalProfiles(dir: string): Profile[] {
  const profiles: Profile[] = [];
  for (const set of readdirSync(dir).sort()) {
    if (set === 'word-lists' || set.includes('.')) continue;
    for (const file of readdirSync(join(dir, set)).sort()) {
      if (file.startsWith('train')) continue;
      const lines = readFileSync(join(dir, set, file), 'utf8').split('\n').slice(1);
      for (const line of lines) if (line) profiles.push({ sources: [{ platform: 'x', posts: [{ text: line.slice(0, 20_000) }] }] });
    }
  }
  return profiles;
}

function main(): void {
  const shared = sharedDir(process.argv.slice(2));
  const profiles = [...exampleProfiles(join(shared, 'examples')), ...evalProfiles(join(shared, 'eval'))];
  const hash = createHash('sha256');
  for (const profile of profiles) hash.update(JSON.stringify(auditProfile(profile, { referenceDate: REFERENCE_DATE })));
  console.log(`${hash.digest('hex')}  ${profiles.length} profiles`);
}

main();
