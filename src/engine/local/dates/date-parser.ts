import * as chrono from 'chrono-node/en';
import type { ParsedResult } from 'chrono-node';
import type { CalendarDate } from './calendar-date';
import { customParsers } from './custom-parsers';
import { dayOfMonthParser, monthPartParser } from './month-part-parser';
import { nonDateRefiner, unjoinRangeRefiner } from './non-date-refiner';

/**
 * chrono's English casual parser with briefbot's parsers (years, seasons, quarters, period boundaries,
 * "the day", day ranges) and a refiner that drops non-dates. It runs with `forwardDate: false`: direction
 * is decided afterwards from the tense of the sentence, not by chrono.
 */
function createChrono(): chrono.Chrono {
  const parser = chrono.casual.clone();
  parser.parsers.push(...customParsers, monthPartParser, dayOfMonthParser);
  // First, so that junk ("in the day", "for 90 days") cannot win an overlap against a real date.
  parser.refiners.unshift(nonDateRefiner);
  parser.refiners.push(unjoinRangeRefiner);
  return parser;
}

const english = createChrono();

/**
 * The chrono parser of the parse stage for a language (ISO 639-1): the one function that chooses it.
 * English (with briefbot's parsers and refiners) for every language that has no parser of its own yet; a
 * language's parser goes in `PARSERS` beside its lexicon (src/engine/local/lexicon/).
 */
const PARSERS: Readonly<Record<string, chrono.Chrono>> = { en: english };

export function parserFor(lang: string | undefined): chrono.Chrono {
  return (lang !== undefined ? PARSERS[lang.toLowerCase().slice(0, 2)] : undefined) ?? english;
}

/**
 * Every date-like expression chrono finds in `text`. The reference is noon UTC of the reference day with
 * offset 0, so that relative expressions ("tomorrow", "next month") land on the right calendar day
 * whatever the machine's time zone.
 */
export function parseDateExpressions(text: string, reference: CalendarDate, lang?: string): ParsedResult[] {
  const instant = new Date(Date.UTC(reference.year, reference.month - 1, reference.day, 12));
  return parserFor(lang).parse(text, { instant, timezone: 0 }, { forwardDate: false });
}
