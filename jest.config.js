/**
 * Two projects share one run. `in-process` holds the unit and integration tests (jest's transform,
 * real Redis, local fakes). `process` holds the tests that spawn briefbot itself (bin/, dist/, child
 * workers): its global setup compiles dist/ once, and a build error stops the run before any test.
 * The fault suite runs apart (`npm run test:faults`, jest.faults.config.js): it takes minutes.
 */
const shared = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } } }] },
  globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
  setupFiles: ['<rootDir>/tests/support/no-internet.ts', '<rootDir>/tests/fakes/test-platform.ts'],
};

/** @type {import('jest').Config} */
module.exports = {
  maxWorkers: 2,
  testTimeout: 30000,
  projects: [
    {
      ...shared,
      displayName: 'in-process',
      roots: ['<rootDir>/tests'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/faults/', '<rootDir>/tests/process/'],
      globalSetup: '<rootDir>/tests/support/global-setup.ts',
    },
    {
      ...shared,
      displayName: 'process',
      roots: ['<rootDir>/tests/process'],
      testMatch: ['**/*.test.ts'],
      globalSetup: '<rootDir>/tests/support/process-global-setup.ts',
    },
  ],
};
