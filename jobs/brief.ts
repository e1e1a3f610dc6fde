import type { Job } from 'bullmq';
import { describeFailure, exhaustedMessage } from '../src/briefing/describe-failure';
import type { BriefService } from '../src/briefing/brief-service';
import { toJobError } from '../src/queue/job-error';
import { briefJobSchema, parsePayload } from '../src/queue/payloads';
import { queueNames } from '../src/queue/queue-names';

/**
 * The `briefs` processor: parse the payload, run the brief service, decide retry or not.
 * Permanent failures (404, blocked address, not a page, paywall) fail the job for good after
 * telling each requester once; a transient failure is rethrown so BullMQ retries with backoff,
 * and on its last attempt the requesters are told too.
 */
export function createBriefProcessor(deps: { briefs: Pick<BriefService, 'run' | 'fail'> }) {
  return async (job: Job, _token?: string, signal?: AbortSignal) => {
    let data;
    try {
      data = parsePayload(briefJobSchema, queueNames.briefs, job.data);
    } catch (err) {
      throw toJobError(err);
    }
    try {
      return await deps.briefs.run(data, signal);
    } catch (err) {
      const verdict = describeFailure(err, data.url);
      if (verdict.permanent) {
        await deps.briefs.fail(data, verdict);
        throw toJobError(err);
      }
      const attempts = job.opts.attempts ?? 1;
      if (job.attemptsMade + 1 >= attempts) {
        await deps.briefs.fail(data, { code: 'RETRIES_EXHAUSTED', message: exhaustedMessage(data.url, err) });
      }
      throw toJobError(err);
    }
  };
}
