import type { Parser, ParsingContext } from 'chrono-node';

/** The tag prefix of a day counted from the day the text last named: `briefbot/anchored:-1|0|1`. */
export const ANCHORED_TAG = 'briefbot/anchored:';

function referenceDay(context: ParsingContext): { year: number; month: number; day: number } {
  const d = context.reference.instant;
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const OFFSET: Record<string, number> = {
  same: 0,
  that: 0,
  following: 1,
  next: 1,
  after: 1,
  previous: -1,
  preceding: -1,
  before: -1,
};

/**
 * "the same day", "that day", "the following day", "the next day", "the previous day", "the day before":
 * a day counted from the day the text last named ("passed the House on May 12 and the Senate the
 * following day" is May 13). The parser gives the reference day shifted by the offset; the resolver moves
 * it to the last day named before it, when there is one. Not "the day after the vote", which names
 * another event.
 */
export const relativeDayParser: Parser = {
  pattern: () =>
    /\b(?:[Tt]he\s+(same|following|next|previous|preceding)\s+day|([Tt]hat)\s+(?:same\s+)?day|[Tt]he\s+day\s+(before|after)(?!\s+(?:the|a|an|his|her|its|their|this|that|[A-Z0-9]|\w+ing\b)))\b(?!-)/,
  extract: (context, match) => {
    const offset = OFFSET[(match[1] ?? match[2] ?? match[3] ?? '').toLowerCase()] ?? 0;
    const ref = referenceDay(context);
    const day = new Date(Date.UTC(ref.year, ref.month - 1, ref.day + offset));
    return context
      .createParsingResult(match.index ?? 0, match[0], {
        year: day.getUTCFullYear(),
        month: day.getUTCMonth() + 1,
        day: day.getUTCDate(),
      })
      .addTag(`${ANCHORED_TAG}${offset}`);
  },
};

/**
 * "this morning", "this afternoon", "this evening", "earlier today": the reference day (chrono reads a
 * time of day there, with no day of its own).
 */
export const partOfDayParser: Parser = {
  pattern: () => /\b(?:this|late\s+this|early\s+this)\s+(?:morning|afternoon|evening)\b/i,
  extract: (context, match) =>
    context
      .createParsingResult(match.index ?? 0, match[0], referenceDay(context))
      .addTag('briefbot/part-of-day'),
};
