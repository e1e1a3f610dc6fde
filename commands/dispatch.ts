import { isRedisUnavailable } from '../src/queue/redis-unavailable';
import { briefLink, looksLikeLink } from './brief-link';
import { calendar } from './calendar';
import type { CommandContext, CommandReply } from './command-context';
import { ephemeral, type CommandDeps, type CommandHandler } from './command-deps';
import { digest } from './digest';
import { events } from './events';
import { feeds } from './feeds';
import { follow } from './follow';
import { help, usageText } from './help';
import { page } from './page';
import { remind } from './remind';
import { tz } from './tz';
import { unfollow } from './unfollow';
import { watch } from './watch';

/**
 * Every /brief subcommand by name. REGISTRATION POINT: a new subcommand is one file in
 * commands/ exporting a `CommandHandler`, imported here and put in this table.
 */
export const subcommands: Readonly<Record<string, CommandHandler>> = {
  link: briefLink,
  help,
  watch,
  tz,
  events,
  digest,
  remind,
  calendar,
  page,
  follow,
  unfollow,
  feeds,
};

/** The answer to any subcommand while Redis is down or refuses writes (full). */
export const QUEUE_UNAVAILABLE_REPLY =
  'briefbot can’t reach its queue right now, so nothing was changed. Try again in a minute; if it keeps happening, tell whoever runs briefbot (Redis may be down or full).';

/** `/brief <text>` split into the subcommand and its arguments. */
export interface ParsedCommand {
  name: string;
  args: string;
}

/**
 * Parses the text after `/brief`. A bare link means `link <url>`; empty text means `help`;
 * an unknown word is returned as is, and `dispatchCommand` answers it with the usage text.
 */
export function parseCommand(text: string): ParsedCommand {
  const trimmed = text.trim();
  if (trimmed === '') return { name: 'help', args: '' };
  if (looksLikeLink(trimmed)) return { name: 'link', args: trimmed };
  const match = /^(\S+)\s*([\s\S]*)$/.exec(trimmed);
  return { name: (match?.[1] ?? '').toLowerCase(), args: match?.[2]?.trim() ?? '' };
}

/** Runs `/brief <text>` for the context each adapter built (everything but `args`). */
export async function dispatchCommand(
  text: string,
  base: Omit<CommandContext<CommandDeps>, 'args'>,
  table: Readonly<Record<string, CommandHandler>> = subcommands,
): Promise<CommandReply> {
  const { name, args } = parseCommand(text);
  const handler = Object.hasOwn(table, name) ? table[name] : undefined;
  if (handler === undefined) {
    return ephemeral(usageText(`I don’t know \`/brief ${name}\`. Here is what I can do:`));
  }
  try {
    return await handler({ ...base, args });
  } catch (err) {
    // Redis down, timed out or out of memory is not "something went wrong": say what happened.
    if (isRedisUnavailable(err)) return ephemeral(QUEUE_UNAVAILABLE_REPLY);
    throw err;
  }
}
