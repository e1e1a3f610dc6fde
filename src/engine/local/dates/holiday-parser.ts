import type { Parser } from 'chrono-node';
import { addDays, weekdayOf, type CalendarDate } from './calendar-date';

/**
 * Named days news dates things by ("on Christmas Eve", "over Easter", "New Year's Day"), which chrono's
 * English parser does not read. A fixed holiday gives its month and day, and the resolver picks the year
 * the tense points to, as for "December 24"; a movable one (Easter, Thanksgiving) is tagged so the
 * resolver computes it in each candidate year.
 */

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm). */
export function easterSunday(year: number): CalendarDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/** The n-th given weekday of a month (n = -1: the last one). */
function nthWeekday(year: number, month: number, weekday: number, n: number): CalendarDate {
  if (n > 0) {
    const first = { year, month, day: 1 };
    return addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + (n - 1) * 7);
  }
  const last = addDays(
    { year: month === 12 ? year + 1 : year, month: month === 12 ? 1 : month + 1, day: 1 },
    -1,
  );
  return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
}

const MOVABLE: Record<string, (year: number) => CalendarDate> = {
  easter: easterSunday,
  'good friday': (y) => addDays(easterSunday(y), -2),
  'easter monday': (y) => addDays(easterSunday(y), 1),
  thanksgiving: (y) => nthWeekday(y, 11, 4, 4),
  'labor day': (y) => nthWeekday(y, 9, 1, 1),
  'memorial day': (y) => nthWeekday(y, 5, 1, -1),
};

const FIXED: Record<string, [number, number]> = {
  'christmas eve': [12, 24],
  'christmas day': [12, 25],
  christmas: [12, 25],
  'boxing day': [12, 26],
  "new year's eve": [12, 31],
  "new year's day": [1, 1],
  "valentine's day": [2, 14],
  "st patrick's day": [3, 17],
  'may day': [5, 1],
  'bastille day': [7, 14],
  'the fourth of july': [7, 4],
  halloween: [10, 31],
  'armistice day': [11, 11],
  'remembrance day': [11, 11],
  'veterans day': [11, 11],
  'bonfire night': [11, 5],
};

/** The date of a movable holiday in `year`, or undefined when `name` is not one. */
export function movableHoliday(name: string, year: number): CalendarDate | undefined {
  return MOVABLE[normalise(name)]?.(year);
}

function normalise(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^st\.? /, 'st ')
    .replace(/ sunday$/, '')
    .replace(/^new year'?s?$/, "new year's day")
    .replace(/^new years? /, "new year's ")
    .replace(/^valentines? /, "valentine's ")
    .replace(/^(?:st )?patricks? /, "st patrick's ")
    .replace(/^veterans'? /, 'veterans ')
    .replace(/^thanksgiving day$/, 'thanksgiving')
    .replace(/^labour day$/, 'labor day');
}

// Names that are days only with a preposition or a determiner before them ("over Christmas", not
// "Christmas shopping"); the others carry "Day", "Eve" or "Night" and stand alone.
const BARE = String.raw`christmas|easter|halloween|thanksgiving`;
const NAMED = String.raw`christmas\s+(?:eve|day)|boxing\s+day|new\s+year['’]?s?\s+(?:eve|day)|valentine['’]?s?\s+day|st\.?\s+patrick['’]?s?\s+day|may\s+day|bastille\s+day|the\s+fourth\s+of\s+july|armistice\s+day|remembrance\s+day|veterans['’]?\s+day|bonfire\s+night|good\s+friday|easter\s+(?:sunday|monday)|thanksgiving\s+day|lab(?:o|ou)r\s+day|memorial\s+day`;
const LEAD = String.raw`on|over|at|by|before|after|until|till|since|for|around|during|this|last|next|the|from|through|celebrated|celebrates|celebrate|marked|marks|mark`;

/** "on Christmas Eve", "over Easter", "New Year's Day", "Thanksgiving Day": the day itself. */
export const holidayParser: Parser = {
  pattern: () =>
    new RegExp(
      String.raw`(?<![\w'’])(?:(${NAMED})|(?<=\b(?:${LEAD})\s+)(${BARE}))(?![\w'’-])(?:,?\s+(1[6-9]\d\d|20\d\d)\b)?`,
      'i',
    ),
  extract: (context, match) => {
    const name = normalise(match[1] ?? match[2] ?? '');
    const stated = match[3] ? Number(match[3]) : undefined;
    const refYear = context.reference.instant.getUTCFullYear();
    const movable = MOVABLE[name];
    const fixed = FIXED[name];
    const day = movable
      ? movable(stated ?? refYear)
      : fixed
        ? { year: stated ?? refYear, month: fixed[0], day: fixed[1] }
        : undefined;
    if (!day) return null;
    const components: Record<string, number> = { month: day.month, day: day.day };
    if (stated !== undefined) components.year = stated;
    const result = context
      .createParsingResult(match.index ?? 0, match[0], components)
      .addTag('briefbot/holiday');
    if (movable) result.addTag(`briefbot/movable:${name}`);
    return result;
  },
};
