import type { ParsedComponents } from 'chrono-node';

/** How precise a resolved date is: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export type Granularity = 'day' | 'month' | 'year';

/**
 * The granularity the text states, from the components chrono is certain of: a day (or a weekday) gives
 * a day, a month alone a month ("early March", "next month"), a year alone a year ("in 2014", "next year").
 */
export function granularityOf(components: ParsedComponents): Granularity | undefined {
  if (components.isCertain('day') || components.isCertain('weekday')) return 'day';
  if (components.isCertain('month')) return 'month';
  if (components.isCertain('year')) return 'year';
  return undefined;
}
