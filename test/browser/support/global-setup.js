// Builds the web client (dist/web) before the browser tests when it is missing or older than its
// sources, so `npm test` on a fresh clone tests the app as users get it.
const { execSync } = require('node:child_process');
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..', '..', '..');

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

module.exports = async function buildWebClient() {
  const index = join(root, 'dist', 'web', 'index.html');
  const inputs = Math.max(newest(join(root, 'src', 'web')), statSync(join(root, 'src', 'analysis', 'types.ts')).mtimeMs, statSync(join(root, 'package-lock.json')).mtimeMs);
  if (existsSync(index) && statSync(index).mtimeMs >= inputs) return;
  console.log('\n[browser tests] building the web client (npm run build:web)');
  // Jest runs with NODE_ENV=test, which would make Vite bundle React's development build.
  execSync('npm run build:web --silent', { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } });
};
