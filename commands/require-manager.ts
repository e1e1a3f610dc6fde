import type { CommandContext, CommandReply } from './command-context';
import { ephemeral } from './command-deps';

/**
 * The one gate for changing a channel setting. Returns null when the person may change it, or the
 * polite private refusal that names who may:
 * ```ts
 * const refusal = await requireManager(ctx, 'the time zone');
 * if (refusal) return refusal;
 * ```
 */
export async function requireManager(
  ctx: Pick<CommandContext<unknown>, 'access'>,
  what: string,
): Promise<CommandReply | null> {
  if (await ctx.access.canManage()) return null;
  return ephemeral(
    `Sorry, only ${ctx.access.who} can change ${what} for this channel. Ask one of them; anyone can still read events, get the calendar link and brief links.`,
  );
}
