#!/usr/bin/env node
// `npx citra`: the engine's command line (dist/src/analysis/cli.js). Builds dist/ first when it is
// missing or older than the sources, with the build's output on stderr so stdout stays the report.
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');

const build = spawnSync(process.execPath, [join(__dirname, 'build-if-needed.js')], { stdio: ['ignore', 2, 2] });
if (build.status !== 0) process.exit(build.status ?? 1);
const cli = spawnSync(process.execPath, [join(__dirname, '..', 'dist', 'src', 'analysis', 'cli.js'), ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(cli.status ?? 1);
