import type { Destination } from '../../src/core/destination';
import type { Brief } from '../../src/engine/brief';
import type {
  AdmitOutcome,
  BriefFailure,
  BriefOutcomeWriter,
  BriefState,
  BriefStateReader,
  IntakeLedger,
  PendingDestination,
} from '../../src/storage/brief-store';

/**
 * The BriefStore ports (intake ledger, outcome writer, state reader) in memory, as the Redis store
 * behaves without TTLs: records every save, failure and admitted destination.
 */
export class InMemoryBriefStore implements IntakeLedger, BriefOutcomeWriter, BriefStateReader {
  readonly briefs = new Map<string, Brief>();
  readonly failures = new Map<string, BriefFailure>();
  readonly waiting = new Map<string, PendingDestination[]>();
  readonly saves: { key: string; ttlSeconds: number }[] = [];

  async admit(key: string, destination: Destination | undefined): Promise<AdmitOutcome> {
    if (this.briefs.has(key)) return { outcome: 'stored' };
    const failure = this.failures.get(key);
    if (failure) return { outcome: 'failed', failure };
    if (destination) {
      const list = this.waiting.get(key) ?? [];
      list.push({ raw: JSON.stringify(destination), destination });
      this.waiting.set(key, list);
    }
    return { outcome: 'pending' };
  }

  async get(key: string): Promise<Brief | null> {
    return this.briefs.get(key) ?? null;
  }

  async save(key: string, brief: Brief, ttlSeconds: number): Promise<void> {
    this.briefs.set(key, brief);
    this.saves.push({ key, ttlSeconds });
  }

  async saveFailure(key: string, failure: BriefFailure): Promise<void> {
    this.failures.set(key, failure);
  }

  async pending(key: string): Promise<PendingDestination[]> {
    return [...(this.waiting.get(key) ?? [])];
  }

  async clearPending(key: string, served: PendingDestination[]): Promise<void> {
    const raws = new Set(served.map((p) => p.raw));
    this.waiting.set(
      key,
      (this.waiting.get(key) ?? []).filter((p) => !raws.has(p.raw)),
    );
  }

  async state(key: string): Promise<BriefState> {
    const brief = this.briefs.get(key);
    if (brief) return { state: 'stored', brief };
    const failure = this.failures.get(key);
    if (failure) return { state: 'failed', failure };
    const waiting = this.waiting.get(key)?.length ?? 0;
    return waiting > 0 ? { state: 'pending', waiting } : { state: 'unknown' };
  }
}
