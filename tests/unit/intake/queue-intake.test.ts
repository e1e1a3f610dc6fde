import type { Destination } from '../../../src/core/destination';
import type { DeliveryEnqueuer } from '../../../src/briefing/delivery-enqueuer';
import { IntakeError } from '../../../src/intake/intake-port';
import { QueueIntake } from '../../../src/intake/queue-intake';
import { silentLogger } from '../../../src/logging/logger';
import type { AdmitOutcome, IntakeLedger } from '../../../src/storage/brief-store';

/** A ledger whose answer the test sets; `hang` never answers (Redis unreachable without an offline queue... or worse). */
class ScriptedLedger implements IntakeLedger {
  constructor(private readonly answer: AdmitOutcome | 'hang' | Error) {}
  admitted: (Destination | undefined)[] = [];
  async admit(_key: string, destination: Destination | undefined): Promise<AdmitOutcome> {
    this.admitted.push(destination);
    if (this.answer === 'hang') return new Promise(() => undefined);
    if (this.answer instanceof Error) throw this.answer;
    return this.answer;
  }
}

function briefsQueue(state: string) {
  const added: { id: string | undefined }[] = [];
  const removed: string[] = [];
  return {
    added,
    removed,
    queue: {
      getJobState: async () => state,
      remove: async (id: string) => {
        removed.push(id);
        return 1;
      },
      add: async (_name: string, _data: unknown, opts?: { jobId?: string }) => {
        added.push({ id: opts?.jobId });
        return {} as never;
      },
    },
  };
}

const enqueued: { key: string; destination: Destination }[] = [];
const deliveries: DeliveryEnqueuer = {
  enqueue: async (key, destination) => void enqueued.push({ key, destination }),
};
const dest: Destination = { platform: 'slack', channel: 'C1', requester: { user: 'U1' } };

function intake(ledger: IntakeLedger, state = 'unknown', deadlineMs = 1000) {
  const q = briefsQueue(state);
  return {
    q,
    intake: new QueueIntake({
      ledger,
      briefs: q.queue as never,
      deliveries,
      logger: silentLogger(),
      deadlineMs,
    }),
  };
}

describe('submitting a link', () => {
  beforeEach(() => void enqueued.splice(0));

  it('queues one brief job with the deterministic id brief-<key>', async () => {
    const { q, intake: i } = intake(new ScriptedLedger({ outcome: 'pending' }));
    const result = await i.submit('https://example.com/story?utm_source=x', dest);
    expect(result.status).toBe('queued');
    expect(q.added).toEqual([{ id: `brief-${result.key}` }]);
  });

  it('joins a job already running instead of starting another', async () => {
    const { intake: i } = intake(new ScriptedLedger({ outcome: 'pending' }), 'active');
    expect((await i.submit('https://example.com/story', dest)).status).toBe('attached');
  });

  it('briefs a link again when only a finished job of an expired brief is left', async () => {
    const { q, intake: i } = intake(new ScriptedLedger({ outcome: 'pending' }), 'completed');
    const result = await i.submit('https://example.com/story', dest);
    expect(result.status).toBe('queued');
    expect(q.removed).toEqual([`brief-${result.key}`]);
  });

  it('delivers a stored brief straight away, without a brief job', async () => {
    const { q, intake: i } = intake(new ScriptedLedger({ outcome: 'stored' }));
    const result = await i.submit('https://example.com/story', dest);
    expect(result.status).toBe('cached');
    expect(q.added).toEqual([]);
    expect(enqueued).toEqual([{ key: result.key, destination: dest }]);
  });

  it('tells a late asker why a link just failed instead of fetching it again', async () => {
    const failure = {
      code: 'NOT_FOUND',
      message: "Couldn't brief https://example.com/gone: the site answered 404",
      url: 'https://example.com/gone',
      at: '2025-03-04T10:00:00Z',
    };
    const { q, intake: i } = intake(new ScriptedLedger({ outcome: 'failed', failure }));
    expect(await i.submit('https://example.com/gone', dest)).toMatchObject({
      status: 'failed',
      message: failure.message,
    });
    expect(q.added).toEqual([]);
  });

  it('answers QUEUE_UNAVAILABLE instead of hanging when Redis does not answer', async () => {
    const { intake: i } = intake(new ScriptedLedger('hang'), 'unknown', 50);
    await expect(i.submit('https://example.com/story', dest)).rejects.toMatchObject({
      code: 'QUEUE_UNAVAILABLE',
    });
  });

  it('answers QUEUE_UNAVAILABLE when the Redis command fails', async () => {
    const { intake: i } = intake(
      new ScriptedLedger(new Error("Stream isn't writeable and enableOfflineQueue options is false")),
    );
    const err = await i.submit('https://example.com/story', dest).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IntakeError);
    expect((err as IntakeError).message).toMatch(/^briefbot can't reach its queue right now/);
  });

  it('refuses a non-web link before touching Redis', async () => {
    const ledger = new ScriptedLedger({ outcome: 'pending' });
    const { intake: i } = intake(ledger);
    await expect(i.submit('file:///etc/passwd', dest)).rejects.toMatchObject({ code: 'INVALID_URL' });
    expect(ledger.admitted).toEqual([]);
  });
});
