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

/** An upcoming event as chat shows it. */
export interface EventLine {
  /** YYYY-MM-DD or YYYY-MM. */
  date: string;
  time: string | null;
  /** The channel's IANA zone the time is shown in. */
  timezone: string;
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
  | { kind: 'brief'; brief: Brief }
  | { kind: 'digest'; digest: DigestView }
  | { kind: 'reminder'; event: EventLine; lead: string }
  | { kind: 'events'; events: EventLine[]; days: number; timezone: string }
  | { kind: 'notice'; text: string; link?: { url: string; title: string } };
