// Nest 12 packages are ESM-only; @swc/jest compiles them (and our TypeScript) to CommonJS for Jest.
// Types are checked separately by `npm run typecheck`, which `npm test` runs first.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

const shared = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)s$': swc },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|@bull-board)/)'],
};

module.exports = {
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/unit/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
      setupFiles: ['<rootDir>/test/e2e/support/setup-env.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/e2e/support/timeout.ts'],
    },
    {
      ...shared,
      // Headless Chromium (playwright-core) against the real app; builds dist/web first if stale.
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
      setupFiles: ['<rootDir>/test/e2e/support/setup-env.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/browser/support/timeout.ts'],
      globalSetup: '<rootDir>/test/browser/support/global-setup.js',
    },
  ],
};
