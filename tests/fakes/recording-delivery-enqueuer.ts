import type { DeliveryEnqueuer } from '../../src/briefing/delivery-enqueuer';
import type { Destination } from '../../src/core/destination';

/** A DeliveryEnqueuer that records each (key, destination) it is asked to deliver. */
export class RecordingDeliveryEnqueuer implements DeliveryEnqueuer {
  readonly enqueued: { key: string; destination: Destination }[] = [];

  async enqueue(key: string, destination: Destination): Promise<void> {
    this.enqueued.push({ key, destination });
  }
}
