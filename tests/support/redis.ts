import { randomBytes } from 'node:crypto';

/** The Redis the test run uses (set by global-setup). */
export function testRedisUrl(): string {
  return process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
}

/** A fresh key prefix per test, so tests never see each other's keys. */
export function uniquePrefix(label = 't'): string {
  return `bbtest-${label}-${randomBytes(4).toString('hex')}`;
}
