import type { RedisClient as Redis } from '../../core/redis-client';
import type { Destination, MessageRef, Platform } from '../../core/destination';
import type { DeliveryRecords } from '../delivery-store';
import { redisKeys } from './redis-keys';

export type DeliveryStoreRedis = Pick<Redis, 'get' | 'set'>;

/** Records outlive the brief: reminders for events months ahead still reply in the brief's thread. */
export const DELIVERY_RECORD_TTL_SECONDS = 400 * 24 * 3600;

/** Delivery records under `<prefix>:delivery:<key>:<platform>:<channel>`. */
export class RedisDeliveryStore implements DeliveryRecords {
  constructor(
    private readonly redis: DeliveryStoreRedis,
    private readonly prefix: string,
  ) {}

  private id(key: string, platform: Platform, channel: string, team?: string): string {
    return redisKeys(this.prefix).delivery(key, platform, channel, team);
  }

  async find(key: string, platform: Platform, channel: string, team?: string): Promise<MessageRef | null> {
    const raw = await this.redis.get(this.id(key, platform, channel, team));
    return raw === null ? null : (JSON.parse(raw) as MessageRef);
  }

  async record(key: string, destination: Destination, ref: MessageRef): Promise<void> {
    await this.redis.set(
      this.id(key, destination.platform, destination.channel, destination.team),
      JSON.stringify(ref),
      'EX',
      DELIVERY_RECORD_TTL_SECONDS,
    );
  }
}
