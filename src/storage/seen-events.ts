/** Remembers which chat events were already handled, so a redelivery is dropped. */
export interface SeenEvents {
  /** True the first time `id` is seen (within the TTL, or `ttlSeconds` when given), false for every repeat. */
  firstSight(id: string, ttlSeconds?: number): Promise<boolean>;
}
