#!/usr/bin/env node
// `npm start` (API and workers), `npm run start:api`, `npm run start:worker`: builds dist/ when
// needed, then runs that entrypoint in this same process. One process under npm, not an `a && b`
// shell chain, so the SIGINT or SIGTERM that npm forwards to its child reaches Citra itself.
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');

const ENTRYPOINTS = {
  all: () => require('../dist/src/start.js'),
  api: () => require('../dist/src/main.js').runApiProcess(),
  worker: () => require('../dist/src/worker.js').runWorkerProcess(),
};
const entrypoint = ENTRYPOINTS[process.argv[2] ?? 'all'];
if (!entrypoint) {
  console.error(`Usage: node scripts/start.js [${Object.keys(ENTRYPOINTS).join('|')}]`);
  process.exit(2);
}
const build = spawnSync(process.execPath, [join(__dirname, 'build-if-needed.js')], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
entrypoint();
