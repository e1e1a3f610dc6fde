import type { Destination } from '../core/destination';

/**
 * Adds one delivery job per (brief, destination); idempotent. The brief service and intake call it;
 * src/delivery/queue-delivery-enqueuer.ts implements it on the `deliveries` queue.
 */
export interface DeliveryEnqueuer {
  enqueue(key: string, destination: Destination): Promise<void>;
}
