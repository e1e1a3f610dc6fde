import type { Clock } from '../clock/clock';
import type { Article } from '../engine/article';
import type { Brief, NextDate } from '../engine/brief';
import type { BriefEngine, BriefOptions } from '../engine/brief-engine';

/** The warning a brief carries when the page named no publication date. */
export function fetchedDateWarning(day: string): string {
  return `publication date not found on the page; dates resolve from the day it was fetched (${day}), and only dates that name their own year are kept`;
}

const WEEKDAY =
  /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\b/i;
const MONTH_DAY =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th|er)?\.?\s+(?:de\s+)?[a-zäéû]{3,}/i;

/**
 * True when the quote pins the date down by itself: it names the year ("March 3, 2027"), or a
 * weekday with the day and month ("Thursday, December 30"), which only a few years agree with.
 * "Friday", "next month" or "March 3" alone resolve from the publication day, which is unknown here.
 */
export function pinsItsDate(item: NextDate): boolean {
  const year = item.date.slice(0, 4);
  if (new RegExp(`(?<!\\d)${year}(?!\\d)`).test(item.quote)) return true;
  return WEEKDAY.test(item.quote) && MONTH_DAY.test(item.quote);
}

/**
 * A brief of a page that named no publication date: the engine resolved its dates from today, the
 * day the page was fetched. The brief says so (`publishedSource: fetched`, a warning) and keeps only
 * the next dates whose quote pins them down without the publication day.
 */
export function datedFromFetch(brief: Brief, fetchedDay: string): Brief {
  const engineWarning = /^no publication date given or found/;
  return {
    ...brief,
    published: brief.published ?? fetchedDay,
    publishedSource: 'fetched',
    next: brief.next.filter(pinsItsDate),
    warnings: [
      fetchedDateWarning(brief.published ?? fetchedDay),
      ...(brief.warnings ?? []).filter((w) => !engineWarning.test(w)),
    ],
  };
}

/**
 * An engine whose briefs of articles with no known publication date are dated from the day they were
 * read (`briefbot brief FILE`, `--out`, `--jsonl`): the same rule as for fetched pages, never a silent "today".
 */
export function datingFromFetch(engine: BriefEngine, clock: Clock): BriefEngine {
  return {
    name: engine.name,
    async brief(article: Article, options?: BriefOptions): Promise<Brief> {
      const readDay = clock.now().toISOString().slice(0, 10);
      const brief = await engine.brief(article, options);
      if (options?.published !== undefined || brief.publishedSource !== 'today') return brief;
      return datedFromFetch(brief, readDay);
    },
  };
}
