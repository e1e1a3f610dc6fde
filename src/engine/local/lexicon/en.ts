import { names, orgs } from './en-names';
import type { DateWords, Lexicon } from './lexicon';

/** Space-separated words as a list. */
const list = (words: string): string[] => words.trim().split(/\s+/);

const WEEKDAYS = list('monday tuesday wednesday thursday friday saturday sunday');
const MONTHS = list('january february march april may june july august september october november december');

/** English words of the date stages. */
const dates: DateWords = {
  weekdays: WEEKDAYS,
  months: MONTHS,
  monthAbbreviations: list('jan feb mar apr jun jul aug sep sept oct nov dec'),
  relativeDays: list('today tomorrow tonight'),
  speechVerbs: list('said says told tells added adds announced announces stated confirmed warned'),
  planWords: list('scheduled rescheduled planned slated set due expected'),
  moveWords: [...list('postponed delayed moved rescheduled'), 'pushed back', 'put off', 'brought forward'],
  cancelWords: [...list('cancelled canceled scrapped axed'), 'called off'],
  moveTargets: list('to until till for'),
  clauseJoiners: list('but and while although whereas'),
  pastEventPhrases: ['was held', 'were held', 'took place', 'met on', 'had been', 'anniversary of'],
  habitualAdverbs: list('normally usually typically generally traditionally customarily'),
  recurringWords: list('every each'),
  periodNouns: list('year month week day'),
  timePrepositions: [
    ...list('on at by before after until till over for since from during in of around through'),
    'ahead of',
  ],
  replacedPhrases: ['instead of', 'rather than', 'in place of', 'into'],
  monthModifiers: list('early late mid end beginning start middle'),
  eventNouns: list(
    'talks negotiations meeting summit conference vote referendum ballot election elections primary trial hearing ' +
      'verdict sentencing ruling launch release debut premiere opening ceremony inauguration visit deadline sale ' +
      'auction strike walkout protest march rally match final game race tournament festival show exhibition fair',
  ),
  futureMarkers: list('next coming upcoming forthcoming'),
  pastMarkers: list('last past previous'),
  aheadPhrases: [
    ...list('before for until at in on to'),
    'ahead of',
    'in the run-up to',
    'preparing for',
    'prepare for',
  ],
  vaguePeriods: list('week weekend summer winter spring autumn fall year season decade'),
  vagueLeads: ['within', 'over', 'the middle of', 'the course of', 'sometime', 'some time'],
  limitLeads: ['no earlier than', 'not before', 'until at least', 'at the earliest'],
  recurringNouns: list('evenings mornings afternoons nights editions services sessions shows'),
  rhetoricalLeads: ['come back', 'check back', 'tune in', 'whatever happens', 'no matter what happens'],
  futureAuxiliaries: [
    ...list('will shall'),
    ...['is', 'are'].flatMap((be) => ['due', 'set', 'expected', 'scheduled', 'to'].map((w) => `${be} ${w}`)),
  ],
  timetableVerbs: list(
    'play plays meet meets face faces host hosts visit visits travel travels race races open opens start starts ' +
      'resume resumes return returns kick kicks tour tours perform performs',
  ),
};

/** The English lexicon: every English word list of the local engine. */
export const en: Lexicon = { lang: 'en', dates, names, orgs };
