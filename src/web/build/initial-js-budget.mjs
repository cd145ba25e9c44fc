// A Vite plugin: after the build, adds up the gzipped size of the JavaScript a first visit loads
// (the entry chunk and everything it imports statically), prints it, and fails the build past the limit.
import { gzipSync } from 'node:zlib';

/** @param {{ limitKb: number }} options */
export function initialJsBudget({ limitKb }) {
  return {
    name: 'citra-initial-js-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
      const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const initial = new Set();
      const visit = (fileName) => {
        if (initial.has(fileName) || !byName.has(fileName)) return;
        initial.add(fileName);
        for (const imported of byName.get(fileName).imports) visit(imported);
      };
      for (const chunk of chunks) if (chunk.isEntry) visit(chunk.fileName);
      const bytes = [...initial].reduce((sum, fileName) => sum + gzipSync(byName.get(fileName).code, { level: 9 }).length, 0);
      const lazy = chunks.filter((chunk) => !initial.has(chunk.fileName));
      const lazyBytes = lazy.reduce((sum, chunk) => sum + gzipSync(chunk.code, { level: 9 }).length, 0);
      const kb = (n) => (n / 1024).toFixed(1);
      console.log(`\nInitial JavaScript: ${kb(bytes)} KB gzipped in ${initial.size} file(s) (limit ${limitKb} KB); ${lazy.length} lazy chunk(s), ${kb(lazyBytes)} KB gzipped\n`);
      if (bytes > limitKb * 1024) this.error(`Initial JavaScript is ${kb(bytes)} KB gzipped, over the ${limitKb} KB budget`);
    },
  };
}
