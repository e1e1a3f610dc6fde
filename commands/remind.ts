import { channelRefOf } from '../src/storage/channel-settings-store';
import { InvalidLeadsError, parseLeads } from '../src/events/reminder-plan';
import { ephemeral, type CommandHandler } from './command-deps';
import { requireManager } from './require-manager';

const defaultsText =
  'the day before and the day itself at 09:00 for all-day events, 24 h and 1 h before timed ones';

function describeLeads(leads: readonly string[] | null): string {
  if (leads === null) return `the defaults (${defaultsText})`;
  if (leads.length === 0) return 'off';
  return `${leads.join(', ')} before each event (days count back to 09:00 for all-day events)`;
}

/** `/brief remind [1d,2h | default | off]`: this channel's reminder leads; future reminders are planned again. */
export const remind: CommandHandler = async (ctx) => {
  const events = ctx.deps.events;
  if (!events) return ephemeral('Reminders are not set up in this briefbot (no worker side configured).');
  const ref = channelRefOf(ctx);
  const arg = ctx.args.trim();
  if (arg === '') {
    const { reminderLeads } = await ctx.deps.settings.get(ref);
    return ephemeral(
      `Reminders here: ${describeLeads(reminderLeads)}. Change with \`/brief remind 1d,2h\`, \`default\` or \`off\`.`,
    );
  }
  const refusal = await requireManager(ctx, 'the reminders');
  if (refusal) return refusal;
  let leads: string[] | null;
  try {
    leads = parseLeads(arg);
  } catch (err) {
    if (err instanceof InvalidLeadsError) return ephemeral(err.message);
    throw err;
  }
  await ctx.deps.settings.update(ref, { reminderLeads: leads });
  const count = await events.replanChannel(ref);
  return {
    text: `Reminders for this channel: ${describeLeads(leads)}. ${count} upcoming event${count === 1 ? '' : 's'} replanned.`,
    ephemeral: false,
  };
};
