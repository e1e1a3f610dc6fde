/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  // The fault suite runs apart (`npm run test:faults`, jest.faults.config.js): it takes minutes.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/faults/'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } } }] },
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
  setupFiles: ['<rootDir>/tests/support/no-internet.ts'],
  testTimeout: 30000,
  maxWorkers: 2,
};
