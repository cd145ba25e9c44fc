import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { initialJsBudget } from './build/initial-js-budget.mjs';

const root = import.meta.dirname;

/** The web app: built into dist/web, which Nest serves at / (see src/http/web-app.ts). */
export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: resolve(root, '../../dist/web'),
    emptyOutDir: true,
    sourcemap: false,
    // Nothing inlined as data: URLs beyond what the CSP's img-src allows; fonts are the system's.
    assetsInlineLimit: 0,
    reportCompressedSize: true,
    rolldownOptions: {
      // React Query marks its modules "use client" for server-component bundlers; meaningless here.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  plugins: [initialJsBudget({ limitKb: 250 })],
});
