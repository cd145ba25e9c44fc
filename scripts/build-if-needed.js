#!/usr/bin/env node
// Rebuilds dist/ (the server and the web app in dist/web) when any source, JSON data file or web asset
// is newer than the last build, or either half is missing, so
// `npm start` works on a fresh clone and after a pull without a separate build step.
const { execSync } = require('node:child_process');
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const stamp = join(root, 'dist', 'src', 'start.js');
const webStamp = join(root, 'dist', 'web', 'index.html');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.(ts|tsx|mts|mjs|json|css|html)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

const sources = ['src', 'migrations', 'scripts'].map((dir) => newestSource(join(root, dir)));
const configs = ['package.json', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'].map((file) => statSync(join(root, file)).mtimeMs);
if (!existsSync(stamp) || !existsSync(webStamp) || Math.max(...sources, ...configs) > Math.min(statSync(stamp).mtimeMs, statSync(webStamp).mtimeMs)) {
  console.log('Building Citra (npm run build)...');
  execSync('npm run build --silent', { cwd: root, stdio: 'inherit' });
}
