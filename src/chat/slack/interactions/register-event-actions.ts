import type { App, BlockAction, ButtonAction, RespondArguments } from '@slack/bolt';
import type { CommandContext, CommandReply } from '../../../../commands/command-context';
import type { CommandDeps } from '../../../../commands/command-deps';
import type { Logger } from '../../../logging/logger';
import type { SlackCommandDispatcher } from '../slack-command-listener';
import type { SlackManagers, SlackUsersApi } from '../slack-managers';
import { escapeSlackText } from '../slack-text';
import { eventActionIds, wrongDateView } from './event-buttons';
import { readWrongDateMetadata, wrongDateModal } from './wrong-date-modal';

export interface EventActionDeps {
  commands: CommandDeps;
  managers: SlackManagers;
  logger: Logger;
  /** The same `/brief` dispatcher: a button runs `/brief events <fix> <date-ref>`. */
  dispatch: SlackCommandDispatcher;
  /** Installed in several workspaces (OAuth): the clicker's team scopes the channel (docs/adr/035). */
  teamScoped?: boolean;
}

type Who = { user: string; channel: string; team?: string; client?: SlackUsersApi };

const dateRef = /^[0-9a-f]{16}$/;
const failed: CommandReply = {
  ephemeral: true,
  text: 'Something went wrong on briefbot’s side; nothing was changed. Try again in a minute.',
};

function base(who: Who, deps: EventActionDeps): Omit<CommandContext<CommandDeps>, 'args'> {
  return {
    platform: 'slack',
    channel: who.channel,
    ...(who.team !== undefined ? { workspace: who.team } : {}),
    ...(deps.teamScoped === true && who.team !== undefined ? { team: who.team } : {}),
    user: who.user,
    requester: { user: who.user },
    access: deps.managers.checkFor(who.user, who.channel, who.client, who.team),
    deps: deps.commands,
  };
}

async function run(text: string, who: Who, deps: EventActionDeps): Promise<CommandReply> {
  try {
    return await deps.dispatch(text, base(who, deps));
  } catch (err) {
    deps.logger.error({ err, channel: who.channel }, 'Slack button failed');
    return failed;
  }
}

/** A button's answer as a new message beside the brief: public for a change, private otherwise. */
function asResponse(reply: CommandReply): RespondArguments {
  return {
    response_type: reply.ephemeral ? 'ephemeral' : 'in_channel',
    replace_original: false,
    text: escapeSlackText(reply.text),
  };
}

function clicked(body: BlockAction, action: ButtonAction) {
  const channel = body.channel?.id ?? body.container?.channel_id;
  const value = action.value ?? '';
  if (typeof channel !== 'string' || !dateRef.test(value)) return null;
  return { user: body.user.id, channel, ...(body.team ? { team: body.team.id } : {}), value };
}

/**
 * The buttons under each date of a brief: "Remind me" (anyone: a direct-message reminder), "Not an
 * event" and "Wrong date…" (a modal for the right date; managers only, by the channel-settings rule).
 * Each is acknowledged at once and runs `/brief events <fix> <date-ref>` through the shared handlers.
 * https://api.slack.com/interactivity/handling#payloads
 */
export function registerEventActions(app: App, deps: EventActionDeps): void {
  for (const [actionId, fix] of [
    [eventActionIds.notEvent, 'not-event'],
    [eventActionIds.remindMe, 'remind-me'],
  ] as const) {
    app.action<BlockAction<ButtonAction>>(actionId, async ({ ack, body, action, respond, client }) => {
      await ack();
      const who = clicked(body, action);
      if (!who) return;
      await respond(asResponse(await run(`events ${fix} ${who.value}`, { ...who, client }, deps)));
    });
  }

  app.action<BlockAction<ButtonAction>>(
    eventActionIds.wrongDate,
    async ({ ack, body, action, respond, client }) => {
      await ack();
      const who = clicked(body, action);
      if (!who) return;
      if (!(await deps.managers.checkFor(who.user, who.channel, client, who.team).canManage())) {
        // The shared handler words the refusal (who may change events).
        await respond(asResponse(await run(`events redate ${who.value}`, { ...who, client }, deps)));
        return;
      }
      // https://api.slack.com/methods/views.open (the trigger_id is valid for 3 seconds)
      await client.views.open({
        trigger_id: body.trigger_id,
        view: wrongDateModal({ channel: who.channel, dateRef: who.value }),
      });
    },
  );

  app.view(wrongDateView.callbackId, async ({ ack, body, view, client }) => {
    const meta = readWrongDateMetadata(view.private_metadata);
    const typed = view.state.values[wrongDateView.block]?.[wrongDateView.input]?.value ?? '';
    if (!meta) return void (await ack());
    const who: Who = {
      user: body.user.id,
      channel: meta.channel,
      client,
      ...(body.team ? { team: body.team.id } : {}),
    };
    const reply = await run(`events redate ${meta.dateRef} ${typed.replace(/\s+/g, ' ').trim()}`, who, deps);
    if (reply.invalidInput) {
      // Keep the modal open with the problem under the field.
      // https://api.slack.com/surfaces/modals#displaying_errors
      await ack({ response_action: 'errors', errors: { [wrongDateView.block]: reply.text } });
      return;
    }
    await ack();
    const text = escapeSlackText(reply.text);
    // https://api.slack.com/methods/chat.postMessage · https://api.slack.com/methods/chat.postEphemeral
    if (reply.ephemeral) await client.chat.postEphemeral({ channel: meta.channel, user: who.user, text });
    else await client.chat.postMessage({ channel: meta.channel, text, unfurl_links: false });
  });
}
