import type { Job } from 'bullmq';
import { compactDestination } from '../src/core/destination';
import type { RequesterNotifier } from '../src/briefing/requester-notifier';
import type { DeliverService } from '../src/delivery/deliver-service';
import { isPermanent, toJobError } from '../src/queue/job-error';
import { deliverJobSchema, parsePayload } from '../src/queue/payloads';
import { queueNames } from '../src/queue/queue-names';

/**
 * The `deliveries` processor: parse, deliver once, and on a post the platform refuses for good
 * (channel gone, bot removed) tell the requester once instead of retrying.
 */
export function createDeliverProcessor(deps: {
  deliver: Pick<DeliverService, 'deliver'>;
  notifier: RequesterNotifier;
}) {
  return async (job: Job) => {
    let data;
    try {
      data = parsePayload(deliverJobSchema, queueNames.deliveries, job.data);
    } catch (err) {
      throw toJobError(err);
    }
    const destination = compactDestination(data.destination);
    try {
      const { ref, posted } = await deps.deliver.deliver({ key: data.key, destination });
      return { ...ref, posted };
    } catch (err) {
      const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      if (isPermanent(err) || lastAttempt) {
        const reason = err instanceof Error ? err.message : String(err);
        await deps.notifier.notify(destination, `Couldn't post the brief in this channel: ${reason}`);
      }
      throw toJobError(err);
    }
  };
}
