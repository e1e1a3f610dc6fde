import { ephemeral, type CommandHandler } from './command-deps';

/** One line per subcommand, in the order people need them. */
export const usageLines: readonly string[] = [
  '`/brief <link>` — brief an article: who, what, and the next dates (posted here when ready)',
  '`/brief events [days]` — upcoming dates in this channel (default 14 days)',
  '`/brief digest HH:MM [weekdays | mon…sun] | off | now` — digest time and days, in the channel time zone',
  '`/brief events remove N` — take date N off the list, the calendar and the reminders',
  '`/brief remind 1d,2h | off` — how long before each date to remind the channel',
  '`/brief watch on | off` — brief every link posted in this channel',
  '`/brief tz <zone>` — this channel’s time zone, e.g. `/brief tz Europe/Paris`',
  '`/brief calendar` — a calendar (ICS) link for this channel’s dates',
  '`/brief page` — a private web page of this channel’s briefs, dates and settings',
  '`/brief follow <feed or page URL> [include:w1,w2] [exclude:w3]` — brief each new item of a feed here',
  '`/brief unfollow <url>` — stop following a feed; `/brief feeds` — the feeds this channel follows',
  '`/brief help` — this list',
];

/** The short usage text shown for `/brief help`, `/brief` alone, and anything unparseable. */
export function usageText(intro?: string): string {
  const head = intro ? `${intro}\n` : '';
  return `${head}*briefbot* turns news links into briefs.\n${usageLines.join('\n')}`;
}

/** `/brief help`. */
export const help: CommandHandler = async () => ephemeral(usageText());
