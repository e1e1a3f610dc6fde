import { sweepRegistry } from './leftover-registry';

/** jest globalTeardown for the fault suite: removes what a crashed or timed-out test left running. */
export default function globalTeardown(): void {
  const swept = sweepRegistry();
  if (swept.length > 0) console.warn(`fault suite: stopped leftovers of a failed test: ${swept.join(', ')}`);
}
