import { laterToday } from '../../../../../src/engine/local/dates/classify/rules/later-today';
import { verdictOf, type Row } from './verdict-of';

// One row per case: the sentence, the dated mention, the publication day (or timestamp), the decision.
const rows: Row[] = [
  [
    'The hearing opens today at 7:30 p.m. in the chamber.',
    'today at 7:30 p.m',
    '2024-04-10T08:30',
    'upcoming/later-today',
  ],
  [
    'The hearing opens today at 7:30 p.m. in the chamber.',
    'today at 7:30 p.m',
    '2024-04-10T20:45',
    'past/not-after-published',
  ],
  [
    'The hearing opens today at 7:30 p.m. in the chamber.',
    'today at 7:30 p.m',
    '2024-04-10',
    'past/not-after-published',
  ],
  ['The council will vote today on the budget.', 'today', '2024-04-10', 'upcoming/later-today'],
  ['The council voted today on the budget.', 'today', '2024-04-10', 'past/not-after-published'],
  ['The mayor will speak tonight at the town hall.', 'tonight', '2024-04-10', 'upcoming/later-today'],
  ['The band plays this evening in the square.', 'this evening', '2024-04-10', 'upcoming/later-today'],
  ['The board met this morning.', 'this morning', '2024-04-10T08:30', 'past/not-after-published'],
  [
    "Today's game, scheduled to take place at the arena, has been postponed.",
    'Today',
    '2024-04-10',
    'past/not-after-published',
  ],
];

describe(`classify rule ${laterToday.name}: a same-day event still to come`, () => {
  it.each(rows)('%s [%s, published %s] → %s', (sentence, mention, published, expected) => {
    expect(verdictOf(sentence, mention, published)).toBe(expected);
  });
});
