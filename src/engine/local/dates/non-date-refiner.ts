import type { ParsingResult, Refiner } from 'chrono-node';

// Relative expressions that point somewhere from the reference day ("two weeks ago", "next month",
// "in three days"). A bare amount of time ("for 90 days", "90 days", "five years after its launch",
// "within two weeks") is a duration, not a date.
const RELATIVE_ANCHOR =
  /\b(?:ago|from now|later|earlier|hence|next|last|this|past|previous|coming|tomorrow|yesterday|today|tonight)\b|^in\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|\d+)\s+(?:days?|weeks?|months?|years?|decades?)$/i;

function hasDateComponent(result: ParsingResult): boolean {
  const s = result.start;
  return s.isCertain('day') || s.isCertain('month') || s.isCertain('year') || s.isCertain('weekday');
}

/** Why a chrono result is not a date, or undefined when it is one. */
export function nonDateReason(result: ParsingResult, text: string): string | undefined {
  const t = result.text;
  if ([...result.tags()].some((tag) => tag.startsWith('briefbot/'))) return undefined;
  const before = text.slice(Math.max(0, result.index - 12), result.index);
  if (/^\d{1,2}\s*[/.-]\s*\d{1,2}$/.test(t)) return 'numeric day/month without a year ("24/7", "3-1")';
  if (/[$€£¥]\s*$|\b(?:US|A|C|HK)\$\s*$/.test(before)) return 'a price';
  if (result.tags().has('result/relativeDate') || /\b(?:days?|weeks?|months?|years?|decades?)\b/i.test(t)) {
    if (/^(?:for|within|over|about|around|nearly|almost)\b/i.test(t)) return 'a duration';
    if (/\b(?:after|before)$/i.test(t)) return 'a duration relative to another event';
    // "four weeks later", "two days later": counted from an event the story tells, not from today.
    if (/^(?:[\w-]+\s+){1,3}(?:days?|weeks?|months?|years?)\s+later$/i.test(t) && !/^(?:in|from)\b/i.test(t))
      return 'a time relative to another event';
    if (!RELATIVE_ANCHOR.test(t) && !hasCertainDayMonth(result)) return 'a duration';
    if (/^(?:in|at)\s+the\s+day$/i.test(t)) return 'part of "late in the day"';
  }
  // "two and a half hours later": a clock time counted from an event the story tells.
  if (/\b(?:hours?|minutes?|seconds?)\s+(?:later|after)$/i.test(t) && !/^(?:in|from)\b/i.test(t))
    return 'a time relative to another event';
  // A lone lower-case month name is a verb or a noun ("troops march", "may").
  if (/^[a-z]+$/.test(t) && !result.tags().has('briefbot/year')) {
    if (!/^(?:today|tomorrow|yesterday|tonight|now)$/.test(t) && !/(?:day)$/.test(t))
      return 'a lower-case word';
  }
  if (/^(?:(?:early|late)\s+)?this\s+(?:morning|afternoon|evening)$/i.test(t))
    return 'a part of today, which partOfDayParser reads with its day';
  if (!hasDateComponent(result) && !/\d{1,2}[:.]\d{2}|\d\s*[ap]\.?m\b|\bnoon|midnight/i.test(t))
    return 'a number, not a time';
  return undefined;
}

function hasCertainDayMonth(result: ParsingResult): boolean {
  return /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i.test(result.text);
}

/** Drops chrono results that are durations, prices, ratios or plain words rather than dates. */
export const nonDateRefiner: Refiner = {
  refine: (context, results) => results.filter((r) => nonDateReason(r, context.text) === undefined),
};

/**
 * chrono joins "on Friday to December 1" into one range, as if it read "from Friday to December 1". A
 * range without "from"/"between" before it is two dates (a move "to" a new date, say): split it back.
 * Runs after chrono's own refiners, which build the ranges.
 */
export const unjoinRangeRefiner: Refiner = {
  refine: (context, results) =>
    results.flatMap((r) => {
      if (!r.end) return [r];
      const join = /^(.*?\S)\s+(?:to|until|till|through)\s+(\S.*)$/i.exec(r.text);
      const before = context.text.slice(Math.max(0, r.index - 10), r.index);
      if (!join || /\b(?:from|between)\s+$/i.test(before) || /^(?:from|between)\b/i.test(r.text)) return [r];
      const endText = join[2]!;
      const endIndex = r.index + r.text.length - endText.length;
      return [
        context.createParsingResult(r.index, join[1]!, r.start),
        context.createParsingResult(endIndex, endText, r.end),
      ];
    }),
};
