#!/usr/bin/env node
// `npm start`: builds dist/ when needed, then runs Citra (dist/src/start.js) in this same process.
// One process under npm, not an `a && b` shell chain, so the SIGINT or SIGTERM that npm forwards to
// its child reaches Citra itself, which then stops everything it started.
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');

const build = spawnSync(process.execPath, [join(__dirname, 'build-if-needed.js')], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
require('../dist/src/start.js');
