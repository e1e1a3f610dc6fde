import type { Queue } from 'bullmq';
import type { Destination } from '../core/destination';
import type { DeliveryEnqueuer } from '../briefing/delivery-enqueuer';
import type { Logger } from '../logging/logger';
import { briefJobSchema } from '../queue/payloads';
import { briefJobId } from '../queue/queue-names';
import type { IntakeLedger } from '../storage/brief-store';
import { briefKey, canonicalUrl } from './canonical-url';
import { MemoryIntakeClaims, type IntakeClaims } from './intake-claims';
import { IntakeError, type IntakePort, type IntakeResult, type SubmitOptions } from './intake-port';
import type { RedisIntakeAdmission } from './redis-intake-admission';

export interface QueueIntakeDeps {
  ledger: IntakeLedger;
  /** The `briefs` queue on the fail-fast input connection. */
  briefs: Pick<Queue, 'add' | 'getJobState' | 'remove' | 'toKey'>;
  deliveries: DeliveryEnqueuer;
  logger: Logger;
  /** Longest an intake may take before answering QUEUE_UNAVAILABLE; default 1000 ms. */
  deadlineMs?: number;
  /** Decides which of many simultaneous askers starts the job (default: this process only). */
  claims?: IntakeClaims;
  /**
   * Admit, attach, job state and claim in one cached script (RedisIntakeAdmission): one round trip
   * before the idempotent job add, instead of four. Without it, the ledger and claims are asked apart.
   */
  admission?: RedisIntakeAdmission;
}

export const QUEUE_UNAVAILABLE_MESSAGE =
  "briefbot can't reach its queue right now; please try again in a minute";

/**
 * Intake on BullMQ: canonical URL → key → (stored? deliver from the store : attach the destination
 * and make sure the one job `brief-<key>` exists). Touches only Redis, so it answers within the
 * platforms' 3-second window; when Redis is down it fails within `deadlineMs`.
 *
 * QUEUE_UNAVAILABLE means "not confirmed", not "certainly not done": once the deadline has answered,
 * no further write is started, but a write already sent may still land (Redis can apply a command and
 * stop before replying). Asking again is safe: the key and the deterministic job ids dedupe it.
 */
export class QueueIntake implements IntakePort {
  private readonly claims: IntakeClaims;

  constructor(private readonly deps: QueueIntakeDeps) {
    this.claims = deps.claims ?? new MemoryIntakeClaims();
  }

  async submit(url: string, destination?: Destination, options?: SubmitOptions): Promise<IntakeResult> {
    const canonical = canonicalUrl(url);
    const key = briefKey(canonical);
    let timer: NodeJS.Timeout | undefined;
    let answered = false;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        answered = true;
        reject(new IntakeError(QUEUE_UNAVAILABLE_MESSAGE, 'QUEUE_UNAVAILABLE'));
      }, this.deps.deadlineMs ?? 1000);
    });
    // After the deadline the asker has been told "try again": starting the next write anyway would
    // brief (and post) a link that was refused.
    const stillAsked = () => {
      if (answered) throw new IntakeError(QUEUE_UNAVAILABLE_MESSAGE, 'QUEUE_UNAVAILABLE');
    };
    try {
      const admitted = (async () => {
        // `again`: the stored brief goes, so the job fetches the updated article.
        // Its claim goes too: the finished job must be replaced, even within the claim's 30 s.
        if (options?.again) {
          await this.deps.ledger.forget?.(key);
          await this.claims.release(key);
        }
        stillAsked();
        return this.admit(key, canonical, destination, stillAsked);
      })();
      return await Promise.race([admitted, deadline]);
    } catch (err) {
      if (err instanceof IntakeError) throw err;
      this.deps.logger.warn({ err, key }, 'intake could not reach Redis');
      throw new IntakeError(QUEUE_UNAVAILABLE_MESSAGE, 'QUEUE_UNAVAILABLE');
    } finally {
      clearTimeout(timer);
    }
  }

  private async admit(
    key: string,
    url: string,
    destination: Destination | undefined,
    stillAsked: () => void,
  ): Promise<IntakeResult> {
    if (this.deps.admission)
      return this.admitInOneCall(this.deps.admission, key, url, destination, stillAsked);
    const admitted = await this.deps.ledger.admit(key, destination);
    stillAsked();
    if (admitted.outcome === 'stored') {
      if (destination) await this.deps.deliveries.enqueue(key, destination);
      return { key, url, status: 'cached' };
    }
    if (admitted.outcome === 'failed')
      return { key, url, status: 'failed', message: admitted.failure.message };
    // Every asker makes sure the job exists (BullMQ ignores a duplicate id), so a crash between the
    // attach and the add can never strand a destination. A finished job with this id is a leftover
    // (its brief expired, or its failure was forgotten): remove it so the link is briefed again.
    const id = briefJobId(key);
    const state = await this.deps.briefs.getJobState(id);
    stillAsked();
    const startsJob = state === 'unknown' || state === 'completed' || state === 'failed';
    // Many askers can see "no job" at once; only the one holding the claim says "Queued" (issue 17).
    const first = startsJob && (await this.claims.claim(key));
    stillAsked();
    try {
      if (first && state !== 'unknown') {
        await this.deps.briefs.remove(id).catch(() => 0);
        stillAsked();
      }
      await this.deps.briefs.add('brief', briefJobSchema.parse({ key, url }), { jobId: id });
    } catch (err) {
      if (first) await this.claims.release(key).catch(() => undefined);
      throw err;
    }
    return { key, url, status: first ? 'queued' : 'attached' };
  }

  /** The same decisions as `admit`, with the Redis part in one EVALSHA (docs/adr/036-intake-in-one-script.md). */
  private async admitInOneCall(
    admission: RedisIntakeAdmission,
    key: string,
    url: string,
    destination: Destination | undefined,
    stillAsked: () => void,
  ): Promise<IntakeResult> {
    const id = briefJobId(key);
    const admitted = await admission.admit(key, destination, this.deps.briefs.toKey(id));
    stillAsked();
    if (admitted.outcome === 'stored') {
      if (destination) await this.deps.deliveries.enqueue(key, destination);
      return { key, url, status: 'cached' };
    }
    if (admitted.outcome === 'failed')
      return { key, url, status: 'failed', message: admitted.failure.message };
    try {
      if (admitted.first && admitted.job === 'finished') {
        await this.deps.briefs.remove(id).catch(() => 0);
        stillAsked();
      }
      // Idempotent by job id: a live job is left as it is, so every asker may add.
      await this.deps.briefs.add('brief', briefJobSchema.parse({ key, url }), { jobId: id });
    } catch (err) {
      if (admitted.first) await this.claims.release(key).catch(() => undefined);
      throw err;
    }
    return { key, url, status: admitted.first ? 'queued' : 'attached' };
  }
}
