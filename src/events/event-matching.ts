import type { NextDate } from '../engine/brief';
import type { ChannelEvent } from './channel-event';

/**
 * Deciding whether a date read from a new article is an event the channel already has.
 * Labels differ between outlets ("US-Russia talks" / "talks between the US and Russia"), so
 * labels are compared as sets of significant words; places by their words too.
 */

const stopwords = new Set(
  'a an the of and or in on at to for from with by between about over its his her their this that is are was were be will new next'.split(
    ' ',
  ),
);

/** Lower-cased significant words, crudely singularised ("talks" → "talk"). */
export function significantWords(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1 && !stopwords.has(w))
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
  return new Set(words);
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** Two labels name the same event: most of their significant words are shared. */
export function labelsSimilar(a: string, b: string): boolean {
  return dice(significantWords(a), significantWords(b)) >= 0.6;
}

/** Both places are given and name the same place ("Geneva" / "Geneva, Switzerland"). */
export function samePlace(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const wa = significantWords(a);
  const wb = significantWords(b);
  const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  return small.size > 0 && [...small].every((w) => large.has(w));
}

/** The places do not contradict each other (one is missing, or they match). */
function placesCompatible(a: string | null, b: string | null): boolean {
  return !a || !b || samePlace(a, b);
}

export type EventMatch =
  { kind: 'same'; event: ChannelEvent } | { kind: 'moved'; event: ChannelEvent } | { kind: 'new' };

/**
 * Same date and a similar label or the same place → the same event. A `moved` item whose `previous` date
 * holds an event of that label or place → that event moved. A similar label at another
 * date, from another article, in a compatible place → the event moved. Otherwise a new event.
 */
export function matchEvent(item: NextDate, briefKey: string, existing: readonly ChannelEvent[]): EventMatch {
  const sameDay = existing.filter((e) => e.date === item.date);
  const same =
    sameDay.find((e) => labelsSimilar(e.what, item.what)) ??
    sameDay.find((e) => samePlace(e.where, item.where));
  if (same) return { kind: 'same', event: same };
  // The engine says the event moved and from which date: the event on that date, whatever its label says.
  const previous =
    item.status === 'moved' && item.previous !== undefined
      ? existing.find(
          (e) =>
            e.date === item.previous && (labelsSimilar(e.what, item.what) || samePlace(e.where, item.where)),
        )
      : undefined;
  if (previous) return { kind: 'moved', event: previous };
  const moved = existing.find(
    (e) =>
      e.date !== item.date &&
      labelsSimilar(e.what, item.what) &&
      placesCompatible(e.where, item.where) &&
      !e.sources.some((s) => s.briefKey === briefKey),
  );
  if (moved) return { kind: 'moved', event: moved };
  return { kind: 'new' };
}
