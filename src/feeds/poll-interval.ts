/** What a feed response says about polling it again. */
export interface PollHints {
  /** Retry-After, in seconds. */
  retryAfterSeconds?: number;
  /** Cache-Control max-age, in seconds. */
  maxAgeSeconds?: number;
  /** RSS <ttl>, in minutes. */
  ttlMinutes?: number;
}

/** Never poll less often than once a day, whatever a feed asks. */
export const MAX_INTERVAL_SECONDS = 24 * 3600;

/**
 * Seconds between polls of a feed: FEED_POLL_SECONDS, made longer (never shorter) when the feed
 * asks for it (Retry-After, Cache-Control max-age, RSS ttl), capped at a day, then stretched by the
 * feed's own jitter factor (0 to 10 %) so a thousand feeds added together do not poll in step.
 */
export function pollIntervalSeconds(baseSeconds: number, hints: PollHints, jitter: number): number {
  const asked = Math.max(
    hints.retryAfterSeconds ?? 0,
    hints.maxAgeSeconds ?? 0,
    (hints.ttlMinutes ?? 0) * 60,
  );
  const seconds = Math.min(Math.max(baseSeconds, asked), MAX_INTERVAL_SECONDS);
  return Math.round(seconds * (1 + Math.min(Math.max(jitter, 0), 0.1)));
}

/** A feed's jitter factor in [0, 0.1), fixed by its id (hex) so every worker computes the same. */
export function feedJitter(feedId: string): number {
  const n = Number.parseInt(feedId.slice(0, 8), 16);
  return Number.isFinite(n) ? (n / 0x1_0000_0000) * 0.1 : 0;
}

/** Cache-Control max-age in seconds, when present. */
export function parseMaxAge(cacheControl: string | undefined): number | undefined {
  const match = /(?:^|,)\s*max-age\s*=\s*"?(\d+)"?/i.exec(cacheControl ?? '');
  return match?.[1] === undefined ? undefined : Number(match[1]);
}
