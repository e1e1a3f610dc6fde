import type { Destination } from '../../../src/core/destination';
import { QueueIntake } from '../../../src/intake/queue-intake';
import { silentLogger } from '../../../src/logging/logger';
import type { AdmitOutcome, IntakeLedger } from '../../../src/storage/brief-store';

/** A ledger that answers only when the test says so (Redis slow to answer, e.g. just after a restart). */
class LateLedger implements IntakeLedger {
  private answer: ((outcome: AdmitOutcome) => void) | undefined;
  admit(): Promise<AdmitOutcome> {
    return new Promise((resolve) => (this.answer = resolve));
  }
  answerNow(outcome: AdmitOutcome): void {
    this.answer?.(outcome);
  }
}

/** A briefs queue whose job-state lookup the test can hold, recording every job added. */
function recordingBriefs(state = 'unknown') {
  const added: string[] = [];
  let releaseState: (() => void) | undefined;
  let holdState = false;
  return {
    added,
    holdStateLookup: () => void (holdState = true),
    releaseStateLookup: () => releaseState?.(),
    queue: {
      getJobState: async () => {
        if (holdState) await new Promise<void>((resolve) => (releaseState = resolve));
        return state;
      },
      remove: async () => 1,
      add: async (_name: string, _data: unknown, opts?: { jobId?: string }) => {
        added.push(opts?.jobId ?? '?');
        return {} as never;
      },
    },
  };
}

const dest: Destination = { platform: 'slack', channel: 'C1' };
const settle = () => new Promise((r) => setImmediate(r));

describe('a link refused because Redis answered too late', () => {
  it('is not queued afterwards when the ledger answers after the refusal', async () => {
    const ledger = new LateLedger();
    const briefs = recordingBriefs();
    const enqueued: string[] = [];
    const intake = new QueueIntake({
      ledger,
      briefs: briefs.queue as never,
      deliveries: { enqueue: async (key) => void enqueued.push(key) },
      logger: silentLogger(),
      deadlineMs: 10,
    });
    await expect(intake.submit('https://news.example/story/1', dest)).rejects.toMatchObject({
      code: 'QUEUE_UNAVAILABLE',
    });
    ledger.answerNow({ outcome: 'pending' });
    await settle();
    expect(briefs.added).toEqual([]);
  });

  it('is not delivered from the store afterwards either', async () => {
    const ledger = new LateLedger();
    const enqueued: string[] = [];
    const intake = new QueueIntake({
      ledger,
      briefs: recordingBriefs().queue as never,
      deliveries: { enqueue: async (key) => void enqueued.push(key) },
      logger: silentLogger(),
      deadlineMs: 10,
    });
    await expect(intake.submit('https://news.example/story/2', dest)).rejects.toMatchObject({
      code: 'QUEUE_UNAVAILABLE',
    });
    ledger.answerNow({ outcome: 'stored' });
    await settle();
    expect(enqueued).toEqual([]);
  });

  it('does not add the job when the job-state lookup returns after the refusal', async () => {
    const briefs = recordingBriefs();
    briefs.holdStateLookup();
    const intake = new QueueIntake({
      ledger: { admit: async () => ({ outcome: 'pending' }) },
      briefs: briefs.queue as never,
      deliveries: { enqueue: async () => undefined },
      logger: silentLogger(),
      deadlineMs: 10,
    });
    await expect(intake.submit('https://news.example/story/3', dest)).rejects.toMatchObject({
      code: 'QUEUE_UNAVAILABLE',
    });
    briefs.releaseStateLookup();
    await settle();
    expect(briefs.added).toEqual([]);
  });

  it('is queued as usual when Redis answers in time', async () => {
    const briefs = recordingBriefs();
    const intake = new QueueIntake({
      ledger: { admit: async () => ({ outcome: 'pending' }) },
      briefs: briefs.queue as never,
      deliveries: { enqueue: async () => undefined },
      logger: silentLogger(),
      deadlineMs: 1000,
    });
    const result = await intake.submit('https://news.example/story/4', dest);
    expect(result.status).toBe('queued');
    expect(briefs.added).toEqual([`brief-${result.key}`]);
  });
});
