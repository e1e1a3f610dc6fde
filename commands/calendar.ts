import { channelRefOf } from '../src/storage/channel-settings-store';
import { ephemeral, type CommandHandler } from './command-deps';
import { requireManager } from './require-manager';

/** The absolute feed URL: PUBLIC_URL + /calendar/<token>.ics. */
export function calendarUrl(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/calendar/${token}.ics`;
}

/** `/brief calendar [reset]`: the secret ICS link of this channel's events; `reset` replaces it (the old link stops working). */
export const calendar: CommandHandler = async (ctx) => {
  const { events, publicUrl } = ctx.deps;
  if (!events) return ephemeral('The calendar is not set up in this briefbot (no worker side configured).');
  if (!publicUrl)
    return ephemeral(
      'The calendar needs PUBLIC_URL (the address people reach briefbot’s HTTP server at). Ask the admin to set it.',
    );
  const ref = channelRefOf(ctx);
  const arg = ctx.args.trim().toLowerCase();
  if (arg !== '' && arg !== 'reset')
    return ephemeral('Use `/brief calendar` for the link or `/brief calendar reset` for a new one.');
  if (arg === 'reset') {
    const refusal = await requireManager(ctx, 'the calendar link');
    if (refusal) return refusal;
    const token = await events.tokens.reset(ref);
    return ephemeral(`New calendar link (the old one no longer works):\n${calendarUrl(publicUrl, token)}`);
  }
  if (ctx.channelName !== undefined) {
    const { channelName } = await ctx.deps.settings.get(ref);
    if (channelName !== ctx.channelName)
      await ctx.deps.settings.update(ref, { channelName: ctx.channelName });
  }
  const token = await events.tokens.ensure(ref);
  return ephemeral(
    `Subscribe to this channel’s events in any calendar app:\n${calendarUrl(publicUrl, token)}\nAnyone with the link can read the events; \`/brief calendar reset\` replaces it.`,
  );
};
