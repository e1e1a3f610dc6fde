import type { Lexicon } from '../../lexicon/lexicon';
import { alternation } from '../../lexicon/word-pattern';

/** The regexes of the classify rules, built once per lexicon from its word lists. */
export interface DatePatterns {
  /** A weekday alone ("Sunday", "on Sunday"). */
  bareWeekday: RegExp;
  /** A weekday written with a day or month ("Tuesday, October 17"). */
  weekdayWithDate: RegExp;
  relativeDay: RegExp;
  move: RegExp;
  cancel: RegExp;
  pastEvent: RegExp;
  habitualBefore: RegExp;
  recurringBefore: RegExp;
  recurringAfter: RegExp;
  timePrepositionBefore: RegExp;
  replacedBefore: RegExp;
  planBefore: RegExp;
  barePlanBefore: RegExp;
  supersededBefore: RegExp;
  possessiveAheadBefore: RegExp;
  possessiveAheadAfter: RegExp;
  lowercaseMonth: RegExp;
  vaguePeriod: RegExp;
  vagueBefore: RegExp;
  limitBefore: RegExp;
  recurringNounAfter: RegExp;
  rhetoricalBefore: RegExp;
  alternativeAfter: RegExp;
  alternativeBefore: RegExp;
  limitMonthBefore: RegExp;
}

const built = new WeakMap<Lexicon, DatePatterns>();

/** The patterns of `lexicon` (built on first use; the lexicon is immutable, so they never go stale). */
export function datePatterns(lexicon: Lexicon): DatePatterns {
  const hit = built.get(lexicon);
  if (hit) return hit;
  const w = lexicon.dates;
  const weekday = alternation(w.weekdays);
  const month = alternation(w.months);
  const plan = alternation(w.planWords.filter((p) => p !== 'expected' && p !== 'rescheduled'));
  const planNoDue = alternation(w.planWords.filter((p) => !['expected', 'rescheduled', 'due'].includes(p)));
  const patterns: DatePatterns = {
    bareWeekday: new RegExp(`^(?:on\\s+)?(?:${weekday})$`, 'i'),
    weekdayWithDate: new RegExp(`\\b(?:${weekday})\\b,?\\s+(?:\\d{1,2}|(?:${month}))`, 'i'),
    relativeDay: new RegExp(`^(?:${alternation(w.relativeDays)})$`, 'i'),
    move: new RegExp(`\\b(?:${alternation(w.moveWords)})\\b`, 'i'),
    cancel: new RegExp(`\\b(?:${alternation(w.cancelWords)})\\b`, 'i'),
    pastEvent: new RegExp(`\\b(?:${alternation(w.pastEventPhrases)})\\b`, 'i'),
    habitualBefore: new RegExp(`\\b(?:${alternation(w.habitualAdverbs)})\\b[^.;]{0,40}$`, 'i'),
    recurringBefore: new RegExp(`\\b(?:${alternation(w.recurringWords)})\\s+$`, 'i'),
    // "by November 1 each year"; "..., a week before the election" is a distance, not a repetition.
    recurringAfter: new RegExp(
      `^[\\s,]*(?:${alternation([...w.recurringWords, 'a', 'per'])})\\s+(?:${alternation(w.periodNouns)})\\b` +
        `(?![\\s,]+(?:before|after|later|earlier|ago|from|ahead)\\b)|^[\\s,]*annually\\b`,
      'i',
    ),
    timePrepositionBefore: new RegExp(`\\b(?:${alternation(w.timePrepositions)})\\s+(?:the\\s+)?$`, 'i'),
    replacedBefore: new RegExp(`\\b(?:${alternation(w.replacedPhrases)})\\s+(?:the\\s+|on\\s+)?$`, 'i'),
    planBefore: new RegExp(`\\b(?:was|were)\\s+(?:${planNoDue})\\s+(?:for|on|to)\\b[^.;:,]{0,20}$`, 'i'),
    barePlanBefore: new RegExp(`\\b(?:${plan})\\s+(?:for|on|to)\\s+(?:the\\s+)?$`, 'i'),
    supersededBefore: new RegExp(
      `\\b(?:had\\s+been\\s+(?:originally\\s+|initially\\s+|previously\\s+|first\\s+)?(?:${plan}|expected|supposed|meant)` +
        `|(?:was|were)\\s+(?:originally\\s+|initially\\s+)?(?:due|supposed|meant)\\s+to` +
        `|(?:originally|initially|previously|first)\\s+(?:${plan}|expected))\\b[^.;:,]{0,40}$` +
        `|\\b(?:once|already)\\s+before,?\\s+(?:to|until|for)\\s+$`,
      'i',
    ),
    possessiveAheadBefore: new RegExp(`\\b(?:${alternation(w.aheadPhrases)})\\s+(?:the\\s+)?$`, 'i'),
    possessiveAheadAfter: new RegExp(
      `^['’]s\\s+(?:[\\w-]+\\s+){1,4}?(?:${alternation(w.futureAuxiliaries)})\\b`,
      'i',
    ),
    lowercaseMonth: new RegExp(`^(?:${month})$`),
    vaguePeriod: new RegExp(
      `^(?:the\\s+)?(?:(?:middle|end|start|beginning|rest|course)\\s+of\\s+)?(?:the\\s+)?` +
        `(?:${alternation([...w.futureMarkers, 'this', 'following'])})\\s+(?:${alternation(w.vaguePeriods)})['’]?s?$` +
        `|^(?:the\\s+)?(?:middle|course)\\s+of\\b`,
      'i',
    ),
    vagueBefore: new RegExp(`\\b(?:${alternation(w.vagueLeads)})\\s+(?:the\\s+)?$`, 'i'),
    limitBefore: new RegExp(`\\b(?:${alternation(w.limitLeads)})\\s+(?:the\\s+end\\s+of\\s+)?$`, 'i'),
    recurringNounAfter: new RegExp(
      `^(?:\\s+and\\s+(?:${weekday}))?\\s+(?:${alternation(w.recurringNouns)})\\b`,
      'i',
    ),
    rhetoricalBefore: new RegExp(`\\b(?:${alternation(w.rhetoricalLeads)})\\s+$`, 'i'),
    alternativeAfter: new RegExp(`^\\s+or\\s+(?:on\\s+|in\\s+)?(?:${weekday}|${month}|\\d)`, 'i'),
    alternativeBefore: new RegExp(`(?:${weekday}|${month}|\\d)\\s+or\\s+(?:on\\s+|in\\s+)?$`, 'i'),
    limitMonthBefore: /\bby\s+$/i,
  };
  built.set(lexicon, patterns);
  return patterns;
}
