import type { Brief } from '../engine/brief';

/**
 * Platform-neutral view models of what briefbot says in a channel. Each chat adapter renders them
 * within its platform's limits; nothing here knows a platform.
 */

/** One line of a digest: a brief delivered since the last digest. */
export interface DigestBriefLine {
  title: string;
  url?: string;
  what: string;
}

/**
 * When something happens, as every view shows it: the local date and time in the channel's zone and,
 * for a timed event, the one instant that the brief, `/brief events`, reminders, digests and the ICS
 * feed all share (a time the article gave without a zone is read in the channel's zone).
 */
export interface When {
  /** YYYY-MM-DD or YYYY-MM, in the channel's zone. */
  date: string;
  /** HH:MM in the channel's zone, or null for an all-day or month-only date. */
  time: string | null;
  /** The channel's IANA zone. */
  timezone: string;
  /** The instant of a timed event (ms since the epoch); absent for all-day and month-only dates. */
  at?: number;
}

/** An upcoming event as chat shows it. */
export interface EventLine extends When {
  what: string;
  where: string | null;
  url?: string;
  title?: string;
  status?: 'scheduled' | 'rescheduled' | 'cancelled';
}

export interface DigestView {
  /** The local day the digest is for, YYYY-MM-DD in the channel's zone. */
  day: string;
  timezone: string;
  briefs: DigestBriefLine[];
  events: EventLine[];
}

/** Platform-neutral content; each adapter renders it within its platform's limits. */
export type ChatMessage =
  /** `timezone`: the channel's zone, for times the article gave without one (default UTC). */
  | { kind: 'brief'; brief: Brief; timezone?: string }
  | { kind: 'digest'; digest: DigestView }
  | { kind: 'reminder'; event: EventLine; lead: string }
  | { kind: 'events'; events: EventLine[]; days: number; timezone: string }
  | { kind: 'notice'; text: string; link?: { url: string; title: string } };
