/**
 * The ways pages write a calendar day: machine stamps (ISO 8601, 20211231, 2021/12/31) and the
 * forms people read ("Dec. 31, 2021", "31. Dezember 2021", "31 décembre 2021", "31 de diciembre
 * de 2021", "31.12.2021", "12/31/2021"). Only dates that carry their own year are read.
 */

/** Month names and abbreviations in the languages of most news pages, all mapped to 1–12. */
const MONTH_NAMES: Record<number, string[]> = {
  1: [
    'january',
    'jan',
    'januar',
    'jänner',
    'janvier',
    'janv',
    'enero',
    'ene',
    'gennaio',
    'januari',
    'janeiro',
  ],
  2: [
    'february',
    'feb',
    'februar',
    'feber',
    'février',
    'fevrier',
    'févr',
    'fév',
    'febrero',
    'febbraio',
    'februari',
    'fevereiro',
    'fev',
  ],
  3: ['march', 'mar', 'märz', 'maerz', 'mär', 'mrz', 'mars', 'marzo', 'maart', 'mrt', 'março', 'marco'],
  4: ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile'],
  5: ['may', 'mai', 'mayo', 'maggio', 'mei', 'maio'],
  6: ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'junho'],
  7: ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'julho'],
  8: ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus'],
  9: ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'settembre', 'setembro'],
  10: ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'outubro'],
  11: ['november', 'nov', 'novembre', 'noviembre', 'novembro'],
  12: [
    'december',
    'dec',
    'dezember',
    'dez',
    'décembre',
    'decembre',
    'déc',
    'diciembre',
    'dic',
    'dicembre',
    'dezembro',
  ],
};

const MONTH_BY_NAME = new Map<string, number>(
  Object.entries(MONTH_NAMES).flatMap(([month, names]) => names.map((n) => [n, Number(month)] as const)),
);

const MONTH = `(${[...MONTH_BY_NAME.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?`;
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';
const YEAR = '((?:19|20)\\d{2})';

/** A calendar day as YYYY-MM-DD, or undefined when the parts name no real day after 1990. */
export function formatDay(year: number, month: number, day: number): string | undefined {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A machine stamp read as written: its day, and whether the day is local to the publisher. */
export interface Stamp {
  day: string;
  /**
   * True when the stamp has a clock time in UTC (`Z`, `+00:00`) or no zone at all: its day may be
   * the next (or the previous) day where the story was published.
   */
  floating: boolean;
  /** The stamp's UTC offset in minutes, when it states one other than UTC. */
  offsetMinutes?: number;
  /** The instant, when the stamp has a clock time. */
  instant?: number;
  /** For a floating stamp: true when it states UTC, false when it states no zone. */
  utc?: boolean;
  /** For a floating stamp: the hour as written (0–23). */
  hour?: number;
}

const ISO =
  /^(\d{4})-?(\d{2}|(?<=-)\d)-?(\d{2}|(?<=-)\d)(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?/i;

/**
 * A stamp from metadata: ISO 8601 (the day as written, not shifted to UTC), compact 20211231,
 * 2021/12/31 and 2021.12.31, or one of the written forms of `datesInText`.
 */
export function parseStamp(raw: string | null | undefined): Stamp | undefined {
  if (!raw) return undefined;
  const value = raw.trim();
  const iso = ISO.exec(value);
  if (iso) {
    const day = formatDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (!day) return undefined;
    if (iso[4] === undefined) return { day, floating: false };
    const zone = (iso[7] ?? '').toUpperCase();
    const offset = /^[+-]/.test(zone) ? offsetOf(zone) : 0;
    const midnight = Number(iso[4]) === 0 && Number(iso[5]) === 0 && Number(iso[6] ?? 0) === 0;
    const instant =
      Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]), Number(iso[4]), Number(iso[5])) -
      offset * 60_000;
    const stamp: Stamp = { day, floating: offset === 0 && !midnight, instant };
    if (offset !== 0) stamp.offsetMinutes = offset;
    if (stamp.floating) [stamp.utc, stamp.hour] = [zone !== '', Number(iso[4])];
    return stamp;
  }
  const compact = /^(\d{4})(\d{2})(\d{2})(?:$|T|\d)/.exec(value);
  if (compact) return dayStamp(formatDay(Number(compact[1]), Number(compact[2]), Number(compact[3])));
  const slashed = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?!\d)/.exec(value);
  if (slashed) return dayStamp(formatDay(Number(slashed[1]), Number(slashed[2]), Number(slashed[3])));
  return dayStamp(datesInText(value.slice(0, 80))[0]?.day);
}

function dayStamp(day: string | undefined): Stamp | undefined {
  return day ? { day, floating: false } : undefined;
}

function offsetOf(zone: string): number {
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

/** The local day of an instant at a UTC offset. */
export function dayAtOffset(instant: number, offsetMinutes: number): string {
  return new Date(instant + offsetMinutes * 60_000).toISOString().slice(0, 10);
}

/** A date found in text, with where it starts and ends. */
export interface TextDate {
  index: number;
  end: number;
  day: string;
}

const NAMED_DAY_FIRST = new RegExp(
  `${NOT_WORD_BEFORE}(\\d{1,2})(?:st|nd|rd|th|er|º|°)?\\.?\\s*(?:of\\s+|de\\s+)?${MONTH}${NOT_WORD_AFTER},?\\s*(?:de\\s+|del\\s+)?${YEAR}${NOT_WORD_AFTER}`,
  'giu',
);
const NAMED_MONTH_FIRST = new RegExp(
  `${NOT_WORD_BEFORE}${MONTH}${NOT_WORD_AFTER}\\s*(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}${NOT_WORD_AFTER}`,
  'giu',
);
const NUMERIC_DMY = /(?<![\d.,/-])(\d{1,2})([./-])\s?(\d{1,2})\2\s?((?:19|20)\d{2})(?![\d/]|[.,]\d)/g;
const NUMERIC_YMD = /(?<![\d.,/-])((?:19|20)\d{2})([./-])(\d{1,2})\2(\d{1,2})(?![\d/]|[.,]\d)/g;

/** True for languages (and regions) that write numeric dates month first: 11/19/2019. */
function monthFirst(lang: string | undefined): boolean {
  return /^en(?:[-_](?:us|ph|ca)|$)/i.test(lang ?? '');
}

/**
 * Every full date (with a year) in `text`, in order: month names in English, German, French,
 * Spanish, Italian, Dutch and Portuguese, and numeric forms. For 03/04/2019 the page's `lang`
 * decides the order (month first in US English, day first elsewhere), unless one part is over 12.
 */
export function datesInText(text: string, lang?: string): TextDate[] {
  const found: TextDate[] = [];
  const push = (m: RegExpMatchArray, day: string | undefined): void => {
    const index = m.index ?? 0;
    const end = index + m[0].length;
    if (day && !found.some((f) => index < f.end && f.index < end)) found.push({ index, end, day });
  };
  for (const m of text.matchAll(NAMED_MONTH_FIRST))
    push(m, formatDay(Number(m[3]), monthOf(m[1]!), Number(m[2])));
  for (const m of text.matchAll(NAMED_DAY_FIRST))
    push(m, formatDay(Number(m[3]), monthOf(m[2]!), Number(m[1])));
  for (const m of text.matchAll(NUMERIC_YMD)) push(m, formatDay(Number(m[1]), Number(m[3]), Number(m[4])));
  for (const m of text.matchAll(NUMERIC_DMY)) {
    const [a, b, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
    // Dots are always day first (19.11.2019); slashes and dashes follow the page's language.
    const usOrder = m[2] !== '.' && monthFirst(lang) ? a <= 12 || b > 12 : a <= 12 && b > 12;
    push(m, usOrder ? formatDay(year, a, b) : formatDay(year, b, a));
  }
  return found.sort((x, y) => x.index - y.index);
}

function monthOf(name: string): number {
  return MONTH_BY_NAME.get(name.toLowerCase().replace(/\.$/, '')) ?? 0;
}
