import type { NextDate } from '../../brief';

/** A next item with its place in the text, before dedupe. */
export type OrderedItem = NextDate & {
  order: number;
  /** The mention names no month ("next month", "later this month"): relative to the writing. */
  relative?: boolean;
};

function labelKey(label: string): string {
  return label
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\d ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The dedupe stage: the same date named twice for the same event (one label inside the other, or the same
 * quote) is kept once, with the more specific label and what the first mention lacked. Returns the item
 * `item` was merged into, or undefined when it is new (and then it is added to `found`).
 */
export function mergeInto(found: OrderedItem[], item: OrderedItem): OrderedItem | undefined {
  const key = labelKey(item.what);
  const same = found.find(
    (f) =>
      f.date === item.date &&
      (f.status ?? 'scheduled') === (item.status ?? 'scheduled') &&
      (labelKey(f.what).includes(key) || key.includes(labelKey(f.what)) || f.quote === item.quote),
  );
  if (!same) {
    found.push(item);
    return undefined;
  }
  if (labelKey(same.what).length < key.length && key.includes(labelKey(same.what))) same.what = item.what;
  same.where ??= item.where;
  if (same.time === null && item.time !== null) {
    same.time = item.time;
    same.timezone = item.timezone;
  }
  if (same.previous === undefined && item.previous !== undefined) same.previous = item.previous;
  return same;
}

/**
 * A month item ("next month", "later this month") whose month holds a day item of the article is a
 * coarser mention of a dated event: the finer date stands for it.
 */
export function coarserThanDays(found: readonly OrderedItem[]): Set<OrderedItem> {
  const months = new Set(
    found.filter((f) => f.date.length === 10 && f.status !== 'cancelled').map((f) => f.date.slice(0, 7)),
  );
  return new Set(found.filter((f) => f.date.length === 7 && months.has(f.date) && f.relative === true));
}

/** The kept items in date order (text order within a date), without their order keys. */
export function sortItems(found: readonly OrderedItem[]): NextDate[] {
  const coarse = coarserThanDays(found);
  return found
    .filter((f) => !coarse.has(f))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order))
    .map(({ order: _order, relative: _relative, ...rest }) => rest);
}
