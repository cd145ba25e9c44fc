#!/usr/bin/env node
// Rebuilds dist/ when any TypeScript source or JSON data file is newer than the last build, so
// `npm start` works on a fresh clone and after a pull without a separate build step.
const { execSync } = require('node:child_process');
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const stamp = join(root, 'dist', 'src', 'start.js');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.(ts|json)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

const sources = ['src', 'migrations', 'scripts'].map((dir) => newestSource(join(root, dir)));
const configs = ['package.json', 'tsconfig.json', 'tsconfig.build.json'].map((file) => statSync(join(root, file)).mtimeMs);
if (!existsSync(stamp) || Math.max(...sources, ...configs) > statSync(stamp).mtimeMs) {
  console.log('Building Citra (npm run build)...');
  execSync('npm run build --silent', { cwd: root, stdio: 'inherit' });
}
