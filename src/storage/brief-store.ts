import type { Destination } from '../core/destination';
import type { Brief } from '../engine/brief';

/** Why a link could not be briefed, kept for a few minutes so the API and late askers can see it. */
export interface BriefFailure {
  /** Stable code: a fetch/extraction code (NOT_FOUND, BLOCKED_ADDRESS, ...) or RETRIES_EXHAUSTED. */
  code: string;
  /** The sentence told to requesters, e.g. "Couldn't brief https://…: the site answered 404". */
  message: string;
  url: string;
  /** ISO time of the failure. */
  at: string;
}

/** What intake finds for a key, decided atomically with attaching the destination. */
export type AdmitOutcome =
  { outcome: 'stored' } | { outcome: 'failed'; failure: BriefFailure } | { outcome: 'pending' };

/** A destination waiting for a brief; `raw` is its stored form, used to remove exactly it once served. */
export interface PendingDestination {
  raw: string;
  destination: Destination;
}

/** The intake side: attach a destination to a link unless its brief is already stored (or just failed). */
export interface IntakeLedger {
  admit(key: string, destination: Destination | undefined): Promise<AdmitOutcome>;
  /** Drops the stored brief and any remembered failure, so the next admit briefs the link anew. */
  forget?(key: string): Promise<void>;
}

/** Read a stored brief. */
export interface BriefReader {
  get(key: string): Promise<Brief | null>;
}

/** The brief job's side: store the result, then serve and clear the destinations that waited for it. */
export interface BriefOutcomeWriter extends BriefReader {
  save(key: string, brief: Brief, ttlSeconds: number): Promise<void>;
  saveFailure(key: string, failure: BriefFailure, ttlSeconds: number): Promise<void>;
  pending(key: string): Promise<PendingDestination[]>;
  clearPending(key: string, served: PendingDestination[]): Promise<void>;
}

/** What the API shows for a key. */
export type BriefState =
  | { state: 'stored'; brief: Brief }
  | { state: 'failed'; failure: BriefFailure }
  | { state: 'pending'; waiting: number }
  | { state: 'unknown' };

export interface BriefStateReader {
  state(key: string): Promise<BriefState>;
}
