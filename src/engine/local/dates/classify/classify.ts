import type { Lexicon } from '../../lexicon/lexicon';
import type { CalendarDate } from '../calendar-date';
import type { ResolvedMention } from '../resolve-dates';
import { datePatterns } from './date-patterns';
import type { Classification, ClassifyContext, ClassifyRule } from './rule';
import { alternatives } from './rules/alternatives';
import { endOfStartedPeriod } from './rules/end-of-started-period';
import { farWithoutVerb } from './rules/far-without-verb';
import { givenUpDate } from './rules/given-up-date';
import { habitual } from './rules/habitual';
import { holidayAsWord } from './rules/holiday-as-word';
import { laterToday } from './rules/later-today';
import { notAfterPublished } from './rules/not-after-published';
import { pastEventPhrase } from './rules/past-event-phrase';
import { possessiveWeekday } from './rules/possessive-weekday';
import { monthAsWord } from './rules/month-as-word';
import { recurring } from './rules/recurring';
import { rhetoricalDay } from './rules/rhetorical-day';
import { scheduled } from './rules/scheduled';
import { supersededPlan } from './rules/superseded-plan';
import { targetOrLimit } from './rules/target-or-limit';
import { toldInPast } from './rules/told-in-past';
import { vaguePeriod } from './rules/vague-period';
import { yearOnly } from './rules/year-only';

/** The classify stage's rules, in the order they are asked; the first verdict wins. */
export const CLASSIFY_RULES: readonly ClassifyRule[] = [
  yearOnly,
  monthAsWord,
  vaguePeriod,
  toldInPast,
  supersededPlan,
  recurring,
  habitual,
  possessiveWeekday,
  holidayAsWord,
  givenUpDate,
  targetOrLimit,
  alternatives,
  rhetoricalDay,
  laterToday,
  notAfterPublished,
  endOfStartedPeriod,
  farWithoutVerb,
  pastEventPhrase,
  scheduled,
];

const CLAUSE_END = /[;.]\s|,\s+(?:and|but|while)\s/;

/** The context the rules read for a mention of `sentence`. */
export function classifyContext(
  mention: ResolvedMention,
  sentence: string,
  published: CalendarDate,
  lexicon: Lexicon,
  publishedTime?: string,
  earlier: readonly ResolvedMention[] = [],
): ClassifyContext {
  const after = sentence.slice(mention.end, mention.end + 300);
  const edge = CLAUSE_END.exec(after);
  return {
    sentence,
    published,
    ...(publishedTime !== undefined ? { publishedTime } : {}),
    earlier,
    lexicon,
    patterns: datePatterns(lexicon),
    lead: sentence.slice(Math.max(0, mention.index - 80), mention.index),
    clauseAfter: edge ? after.slice(0, edge.index) : after,
  };
}

/** The verdict of the first rule that decides `mention`. */
export function classifyMention(
  mention: ResolvedMention,
  context: ClassifyContext,
  rules: readonly ClassifyRule[] = CLASSIFY_RULES,
): Classification {
  for (const rule of rules) {
    const verdict = rule.applies(mention, context);
    if (verdict) return { verdict, rule: rule.name };
  }
  return { verdict: 'not-an-event', rule: 'no-rule' };
}
