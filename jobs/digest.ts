import type { Job } from 'bullmq';
import type { DigestResult } from '../src/events/digest-sender';
import type { EventsModule } from '../src/events/events-module';
import { toJobError } from '../src/queue/job-error';
import { digestJobSchema, parsePayload } from '../src/queue/payloads';
import { queueNames } from '../src/queue/queue-names';

/** Processor of the `digests` queue (one job per channel per local day, from its job scheduler). */
export function createDigestProcessor(deps: { events: Pick<EventsModule, 'sendDigest'> }) {
  return async function digest(job: Job): Promise<DigestResult> {
    try {
      const { force, ...ref } = parsePayload(digestJobSchema, queueNames.digests, job.data);
      return await deps.events.sendDigest(ref, { force: force === true });
    } catch (err) {
      throw toJobError(err);
    }
  };
}
