import type { Queue } from 'bullmq';
import type { Destination } from '../core/destination';
import type { DeliveryEnqueuer } from '../briefing/delivery-enqueuer';
import { deliverJobSchema } from '../queue/payloads';
import { deliverJobId } from '../queue/queue-names';

/** Adds `deliveries` jobs with the deterministic id `deliver-<key>-<platform>-<channel>`, so re-adding is a no-op. */
export function createDeliveryEnqueuer(queue: Pick<Queue, 'add'>): DeliveryEnqueuer {
  return {
    async enqueue(key: string, destination: Destination) {
      const data = deliverJobSchema.parse({ key, destination });
      await queue.add('deliver', data, {
        // A re-brief (`again`) is another delivery to the same channel: its own id, still deterministic.
        jobId:
          deliverJobId(key, destination.platform, destination.channel, destination.team) +
          (destination.again !== undefined ? `-again-${destination.again.replace(/:/g, '_')}` : ''),
      });
    },
  };
}
