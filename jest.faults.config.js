/**
 * The fault suite (`npm run test:faults`, after `npm run build`): each test starts its own
 * redis-server, fake Slack, news server and `briefbot worker` child processes, breaks something,
 * and checks what survives. Kept apart from `npm test` because it takes minutes.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/faults'],
  testMatch: ['**/*.fault.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } } }] },
  setupFiles: ['<rootDir>/tests/support/no-internet.ts', '<rootDir>/tests/fakes/test-platform.ts'],
  // Each test stops what it starts in afterAll; these sweep up after a test process that died first.
  globalSetup: '<rootDir>/tests/faults/support/global-setup.ts',
  globalTeardown: '<rootDir>/tests/faults/support/global-teardown.ts',
  testTimeout: 180000,
  maxWorkers: 2,
};
