/** The time source. Inject it so tests can freeze or move time without module mocks. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that returns a fixed instant until moved; for tests and CLI `--now`. */
export function fixedClock(start: Date | string): Clock & { set(at: Date | string): void } {
  let at = new Date(start);
  return { now: () => new Date(at), set: (next) => (at = new Date(next)) };
}
