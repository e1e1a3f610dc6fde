import type { ThrowawayRedis } from './redis-server';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __briefbotRedis?: ThrowawayRedis }).__briefbotRedis?.stop();
}
