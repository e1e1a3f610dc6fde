import type { Chrono, Parser, ParsedResult } from 'chrono-node';
import type { Day } from './native-calendar';
import type { NativeLexicon } from './native-lexicon';

/** Month names long enough to stand alone ("mar" is also the sea; "Mai" and "mai" are months). */
function fullMonthNames(lexicon: NativeLexicon): string {
  return Object.keys(lexicon.months)
    .filter((name) => name.length >= 4 || name === 'mai')
    .sort((a, b) => b.length - a.length)
    .join('|');
}

const MONTH_TAG = 'native/month';
const RANGE_TAG = 'native/range';
const RANGE_END_TAG = 'native/range-end:';

/** "Anfang März", "à la mi-janvier", "a finales de mayo", "im Januar", "en novembre 2024": a month. */
function monthParsers(lexicon: NativeLexicon): Parser[] {
  const months = fullMonthNames(lexicon);
  const year = String.raw`(?:\s+(?:de\s+|del\s+)?(\d{4}))?`;
  const month = (name: string): number => lexicon.months[name.toLowerCase()] ?? 0;
  const parser = (lead: string, withPart: boolean): Parser => ({
    pattern: () =>
      new RegExp(String.raw`(?<!\p{L})(?:${lead})\s*(${months})${year}(?![\p{L}\d])(?!\s*\d)`, 'iu'),
    extract: (context, match) => {
      const components: Record<string, number> = { month: month(match[1]!) };
      if (match[2] !== undefined) components['year'] = Number(match[2]);
      const result = context.createParsingResult(match.index ?? 0, match[0], components);
      result.addTag(MONTH_TAG);
      if (withPart) result.addTag('native/part');
      return result;
    },
  });
  return [parser(lexicon.monthPart, true), parser(String.raw`(?:${lexicon.monthLead})\s`, false)];
}

/** "vom 20. bis 22. Oktober", "del 20 al 22 de octubre", "du 3 au 5 mars": the start of a range. */
function rangeParser(lexicon: NativeLexicon): Parser {
  const months = fullMonthNames(lexicon);
  return {
    pattern: () =>
      new RegExp(
        String.raw`(?<!\p{L})(?:${lexicon.rangeFrom})\s+(\d{1,2})(?:\.|er)?\s+(?:${lexicon.rangeTo})\s+(\d{1,2})\.?\s+(?:de\s+)?(${months})(?:\s+(?:de\s+)?(\d{4}))?(?!\p{L})`,
        'iu',
      ),
    extract: (context, match) => {
      const components: Record<string, number> = {
        day: Number(match[1]),
        month: lexicon.months[match[3]!.toLowerCase()] ?? 0,
      };
      if (match[4] !== undefined) components['year'] = Number(match[4]);
      const result = context.createParsingResult(match.index ?? 0, match[0], components);
      result.addTag(RANGE_TAG);
      result.addTag(`${RANGE_END_TAG}${match[2]}`);
      return result;
    },
  };
}

const parsers = new Map<string, Chrono>();

/** chrono's casual parser of the language with briefbot's month, month-part and range parsers. */
function chronoFor(lexicon: NativeLexicon): Chrono {
  let parser = parsers.get(lexicon.lang);
  if (!parser) {
    parser = lexicon.chrono();
    parser.parsers.push(...monthParsers(lexicon), rangeParser(lexicon));
    parsers.set(lexicon.lang, parser);
  }
  return parser;
}

/** One dated expression chrono (or a native parser) found, with what was certain in it. */
export interface RawMention {
  text: string;
  index: number;
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  hour?: number;
  minute?: number;
  /** The month is qualified ("Anfang März"): a month-level date even in the reference month. */
  monthPart: boolean;
  /** The last day of a range ("du 10 au 17 mars": 17), in the month of its start. */
  rangeEnd?: number;
}

function toRaw(r: ParsedResult): RawMention {
  const s = r.start;
  const raw: RawMention = { text: r.text, index: r.index, monthPart: r.tags().has('native/part') };
  const take = (key: 'year' | 'month' | 'day' | 'weekday' | 'hour' | 'minute'): void => {
    const value = s.get(key);
    if (s.isCertain(key) && value !== null) raw[key] = value;
  };
  take('year');
  take('month');
  take('weekday');
  take('hour');
  take('minute');
  const end = [...r.tags()].find((t) => t.startsWith(RANGE_END_TAG));
  if (end !== undefined) raw.rangeEnd = Number(end.slice(RANGE_END_TAG.length));
  if (s.isCertain('day') && s.get('day') !== null) raw.day = s.get('day')!;
  // chrono marks "Morgen"/"demain"/"mañana" as a certain day with its year: a relative day.
  return raw;
}

/**
 * Every dated expression chrono's language parser and briefbot's native parsers find in `text`, parsed with
 * the reference at noon UTC so relative days land on the right calendar day.
 */
export function parseNativeDates(text: string, ref: Day, lexicon: NativeLexicon): RawMention[] {
  const instant = new Date(Date.UTC(ref.year, ref.month - 1, ref.day, 12));
  const dated = datedWords(lexicon);
  return chronoFor(lexicon)
    .parse(text, { instant, timezone: 0 }, { forwardDate: false })
    .filter((r) => !insideWord(text, r.index, r.index + r.text.length))
    .flatMap((r) => {
      if (dated.test(r.text)) return [toRaw(r)];
      if (!CLOCK_TIME.test(r.text) || !r.start.isCertain('hour')) return [];
      const hour = r.start.get('hour') ?? 0;
      return [{ text: r.text, index: r.index, hour, minute: r.start.get('minute') ?? 0, monthPart: false }];
    });
}

/** A clock time alone ("um 15.30 Uhr", "à 20h30", "a las 10.00"): kept to be joined to the date before it. */
const CLOCK_TIME =
  /(?<!\d)\d{1,2}(?:[.:h]\d{2}|\s*(?:Uhr|h)(?!\p{L}))|(?<!\p{L})(?:um|à|a\s+las)\s+\d{1,2}(?!\d)/u;

/** chrono reads bits of words ("fr" of "früheren", "mar" of "marée"): a date is whole words only. */
function insideWord(text: string, start: number, end: number): boolean {
  const letter = /[\p{L}\p{M}]/u;
  return letter.test(text[start - 1] ?? '') || letter.test(text[end] ?? '');
}

const datedPatterns = new Map<string, RegExp>();

/**
 * What a date expression must contain: a month or weekday name, a relative day, "the following day", a
 * numeric date or a year. Durations ("24 horas", "en une semaine") and short forms that are also words
 * ("So", "mar") are not dates.
 */
function datedWords(lexicon: NativeLexicon): RegExp {
  let pattern = datedPatterns.get(lexicon.lang);
  if (!pattern) {
    const names = [fullMonthNames(lexicon), ...Object.keys(lexicon.weekdays)].join('|');
    pattern = new RegExp(
      String.raw`(?<!\p{L})(?:${names}|${lexicon.relativeDays}|${lexicon.followingDay})(?!\p{L})|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}`,
      'iu',
    );
    datedPatterns.set(lexicon.lang, pattern);
  }
  return pattern;
}
