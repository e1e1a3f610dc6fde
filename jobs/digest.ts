import { UnrecoverableError, type Job } from 'bullmq';
import { ChatPostError } from '../src/chat/chat-port';
import { digestJobSchema } from '../src/events/digest-schedule';
import type { DigestResult } from '../src/events/digest-sender';
import type { EventsModule } from '../src/events/events-module';

/** Processor of the `digests` queue (one job per channel per local day, from its job scheduler). */
export function createDigestProcessor(deps: { events: Pick<EventsModule, 'sendDigest'> }) {
  return async function digest(job: Job): Promise<DigestResult> {
    const parsed = digestJobSchema.safeParse(job.data);
    if (!parsed.success) throw new UnrecoverableError(`Invalid digest payload: ${parsed.error.message}`);
    try {
      const { force, ...ref } = parsed.data;
      return await deps.events.sendDigest(ref, { force: force === true });
    } catch (err) {
      if (err instanceof ChatPostError && !err.retryable)
        throw new UnrecoverableError(`${err.code}: ${err.message}`);
      throw err;
    }
  };
}
