import type { Parser, ParsingContext } from 'chrono-node';
import { holidayParser } from './holiday-parser';
import { partOfDayParser, relativeDayParser } from './relative-day-parser';

/**
 * Parsers for dated expressions chrono's English casual configuration does not read. Each sets only the
 * components the text states; the resolver picks the year the tense points to when none is stated.
 */

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
const MONTH_SHORT = 'jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec';
const MONTH_INDEX: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

export function monthNumber(name: string): number | undefined {
  return MONTH_INDEX[name.toLowerCase().slice(0, 3)];
}

/** Reference year and month as plain calendar values (the reference instant is noon UTC). */
function referenceYearMonth(context: ParsingContext): { year: number; month: number } {
  const d = context.reference.instant;
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
}

/**
 * A year on its own: "in 2014", "since 1983", "by 2012", "late 2006", "mid-2010", "fiscal 2009". It needs a preposition or a
 * modifier in front, so that quantities ("2009 people") and amounts are not read as years, and never
 * takes a decade ("the 1990s").
 */
export const yearParser: Parser = {
  pattern: () =>
    /\b(?:(?:in|since|by|until|till|from|before|after|during|through|throughout|early|late|mid|around|circa|to|and|between|of|year|for|fiscal)\s+|mid-|FY\s?)(?:the\s+year\s+)?(1[6-9]\d\d|20\d\d)(?![\d,.%/-]\d|\d|s\b|['’]s\b|\s*(?:percent|per cent|people|jobs|units|cars|vehicles|aircraft|planes|workers|employees|dollars|euros|yuan|km|miles|tons|tonnes|times|points|shares|votes|members|troops|soldiers|deaths|cases|feet|metres|meters)\b)/i,
  extract: (context, match) => {
    // The result keeps its leading word: chrono filters out results that are a bare number.
    const result = context.createParsingResult(match.index ?? 0, match[0], { year: Number(match[1]) });
    result.addTag('briefbot/year');
    return result;
  },
};

const SEASON_MONTH: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

/**
 * Seasons give the month they start in (spring 03, summer 06, autumn/fall 09, winter 12), at month
 * granularity. A season needs a determiner or a year ("this summer", "in the spring", "autumn 2022") so that
 * the verb "fall" stays a verb.
 */
export const seasonParser: Parser = {
  pattern: () =>
    /\b(?:(this|next|last|the\s+coming|coming|the|in|early|late|mid-?)\s+)(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(1[6-9]\d\d|20\d\d))?\b(?!\s+(?:of|in)\s+(?!\d))(?!\s+(?:season|slots?|schedule|timetable|olympics|games|collection|edition|solstice|sales?|transfer|tyres|crops?|menu|fashion|storms?|weather|tour)\b)/i,
  extract: (context, match) => {
    const modifier = (match[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const month = SEASON_MONTH[match[2]!.toLowerCase()]!;
    const components: Record<string, number> = { month };
    const ref = referenceYearMonth(context);
    if (match[3]) components.year = Number(match[3]);
    else if (modifier === 'this') components.year = ref.year;
    else if (modifier === 'next' || modifier === 'coming' || modifier === 'the coming')
      components.year = month > ref.month ? ref.year : ref.year + 1;
    else if (modifier === 'last') components.year = month < ref.month ? ref.year : ref.year - 1;
    return context.createParsingResult(match.index ?? 0, match[0], components).addTag('briefbot/season');
  },
};

const ORDINAL_QUARTER: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  final: 4,
};

/** Quarters give their first month: "the third quarter of 2022", "Q1 2023" → 2022-07, 2023-01. */
export const quarterParser: Parser = {
  pattern: () =>
    /\b(?:(first|1st|second|2nd|third|3rd|fourth|4th|final)\s+quarter|q([1-4]))(?:\s+(?:of\s+)?(?:fiscal\s+)?(1[6-9]\d\d|20\d\d))?\b/i,
  extract: (context, match) => {
    const quarter = match[2] ? Number(match[2]) : ORDINAL_QUARTER[match[1]!.toLowerCase()]!;
    const components: Record<string, number> = { month: (quarter - 1) * 3 + 1 };
    if (match[3]) components.year = Number(match[3]);
    return context.createParsingResult(match.index ?? 0, match[0], components).addTag('briefbot/quarter');
  },
};

const BOUNDARY_MONTH: Record<string, number> = {
  end: 12,
  close: 12,
  start: 1,
  beginning: 1,
  middle: 6,
  turn: 12,
};

/**
 * "the end of the year", "the beginning of next year", "the end of the month": the month the boundary
 * falls in, at month granularity (chrono reads "end of this year" as December 31, a precision the text
 * does not give).
 */
export const periodBoundaryParser: Parser = {
  pattern: () =>
    /\b(?:the\s+)?(end|close|start|beginning|middle|turn)\s+of\s+(?:the\s+|this\s+|(next|last|the\s+next|the\s+last|the\s+current)\s+)?(year|month)\b/i,
  extract: (context, match) => {
    const ref = referenceYearMonth(context);
    const shift = match[2] ? (/next/i.test(match[2]) ? 1 : /last/i.test(match[2]) ? -1 : 0) : 0;
    const boundary = match[1]!.toLowerCase();
    let year = ref.year;
    let month = ref.month;
    if (match[3]!.toLowerCase() === 'year') {
      year += shift;
      month = BOUNDARY_MONTH[boundary]!;
    } else {
      const index = ref.year * 12 + ref.month - 1 + shift;
      year = Math.floor(index / 12);
      month = (index % 12) + 1;
    }
    return context
      .createParsingResult(match.index ?? 0, match[0], { year, month })
      .addTag('briefbot/boundary');
  },
};

/**
 * "the end of February", "the beginning of December 2024", "mid-March": a boundary of a named month is
 * that month (chrono reads "end of February" as the 28th, a day the text does not give).
 */
export const monthBoundaryParser: Parser = {
  pattern: () =>
    new RegExp(
      `\\b(?:(?:the\\s+)?(?:end|close|start|beginning|middle|turn|first\\s+half|second\\s+half|first\\s+days|last\\s+days)\\s+of|mid-?)\\s*(${MONTHS}|${MONTH_SHORT})\\b\\.?(?:,?\\s+(1[6-9]\\d\\d|20\\d\\d))?`,
      'i',
    ),
  extract: (context, match) => {
    const components: Record<string, number> = { month: monthNumber(match[1]!)! };
    if (match[2]) components.year = Number(match[2]);
    return context
      .createParsingResult(match.index ?? 0, match[0], components)
      .addTag('briefbot/month-boundary');
  },
};

/**
 * "the day", "earlier in the day": the reference day itself (a sentence passed alone has no
 * other day to point to). Not "the day after the vote", which names another event.
 */
export const theDayParser: Parser = {
  pattern: () =>
    /\b(?:the\s+(?:start|end|close|rest|middle|beginning)\s+of\s+)?the\s+day\b(?!\s+(?:(?:after|before)\s+(?!\w+ing\b)|(?:of|when|that|which|on|in|the|he|she|they|it|we)\b))(?!-)/i,
  extract: (context, match) => {
    const d = context.reference.instant;
    return context
      .createParsingResult(match.index ?? 0, match[0], {
        year: d.getUTCFullYear(),
        month: d.getUTCMonth() + 1,
        day: d.getUTCDate(),
      })
      .addTag('briefbot/the-day');
  },
};

/** "12 and 13 January", "12-15 January 2022": a range gives its start (chrono alone keeps the second day). */
export const dayRangeParser: Parser = {
  pattern: () =>
    new RegExp(
      `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:and|or|-|–|to|through)\\s*\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTHS}|${MONTH_SHORT})\\.?(?:,?\\s+(1[6-9]\\d\\d|20\\d\\d))?\\b`,
      'i',
    ),
  extract: (context, match) => {
    const components: Record<string, number> = { day: Number(match[1]), month: monthNumber(match[2]!)! };
    if (match[3]) components.year = Number(match[3]);
    if (components.day! < 1 || components.day! > 31) return null;
    return context.createParsingResult(match.index ?? 0, match[0], components).addTag('briefbot/range');
  },
};

/**
 * A year written with an apostrophe after a preposition or "the crash of": "since '98", "the end of '09".
 * The century is the one that puts the year at most five years after the reference.
 */
export const apostropheYearParser: Parser = {
  pattern: () =>
    /\b(?:in|since|of|from|by|until|till|before|after|during|early|late|mid|class\s+of|summer|spring|autumn|fall|winter)\s+(['’](\d\d))(?![\d'’]|s\b|\s*(?:percent|%))/i,
  extract: (context, match) => {
    const ref = referenceYearMonth(context);
    let year = 2000 + Number(match[2]);
    if (year > ref.year + 5) year -= 100;
    const index = (match.index ?? 0) + match[0].length - match[1]!.length;
    return context.createParsingResult(index, match[1]!, { year }).addTag('briefbot/apostrophe-year');
  },
};

/**
 * "the previous year", "the following month": counted from the reference month or year, as TimeML
 * annotates them in news (the text rarely names another anchor).
 */
export const relativePeriodParser: Parser = {
  pattern: () => /\bthe\s+(previous|preceding|prior|following)\s+(month|year)\b(?!\s+(?:of|to|when|that)\b)/i,
  extract: (context, match) => {
    const ref = referenceYearMonth(context);
    const shift = /^follow/i.test(match[1]!) ? 1 : -1;
    const index = ref.year * 12 + ref.month - 1 + shift;
    const components =
      match[2]!.toLowerCase() === 'year'
        ? { year: ref.year + shift }
        : { year: Math.floor(index / 12), month: (index % 12) + 1 };
    return context
      .createParsingResult(match.index ?? 0, match[0], components)
      .addTag('briefbot/relative-period');
  },
};

export const customParsers: Parser[] = [
  apostropheYearParser,
  relativePeriodParser,
  yearParser,
  seasonParser,
  quarterParser,
  periodBoundaryParser,
  monthBoundaryParser,
  theDayParser,
  dayRangeParser,
  holidayParser,
  relativeDayParser,
  partOfDayParser,
];
