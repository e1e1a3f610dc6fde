import type { Lexicon } from '../../lexicon/lexicon';
import type { CalendarDate } from '../calendar-date';
import type { ResolvedMention } from '../resolve-dates';
import type { DatePatterns } from './date-patterns';

/** What a rule says of a dated mention: an event still to come, one gone by, or no event at all. */
export type Verdict = 'upcoming' | 'past' | 'not-an-event';

/** What a rule may read besides the mention: its sentence, the publication day and the language's words. */
export interface ClassifyContext {
  /** The sentence the mention is in; the mention's `index`/`end` are offsets into it. */
  sentence: string;
  published: CalendarDate;
  /** The publication's clock time (HH:MM, the article's local time), when known. */
  publishedTime?: string;
  lexicon: Lexicon;
  patterns: DatePatterns;
  /** Up to 80 characters of the sentence right before the mention. */
  lead: string;
  /** The rest of the sentence after the mention, up to its next clause edge. */
  clauseAfter: string;
  /** The dated mentions of the same sentence before this one, as resolved. */
  earlier?: readonly ResolvedMention[];
}

/**
 * One named rule of the classify stage. `applies` returns a verdict when the rule decides the mention,
 * `undefined` to let the next rule look at it. Rules run in order; the first verdict wins.
 */
export interface ClassifyRule {
  name: string;
  applies(mention: ResolvedMention, context: ClassifyContext): Verdict | undefined;
}

/** A verdict and the rule that gave it. */
export interface Classification {
  verdict: Verdict;
  rule: string;
}
