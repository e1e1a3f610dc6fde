import type { App, RespondArguments, SlashCommand } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { BriefPlaceholder, CommandContext, CommandReply } from '../../../commands/command-context';
import type { CommandDeps, CommandHandler } from '../../../commands/command-deps';
import type { Logger } from '../../logging/logger';
import type { SlackManagers } from './slack-managers';
import type { PlaceholderPoster } from './slack-placeholder-poster';
import { renderSlackMessage } from './slack-renderer';
import { escapeSlackText } from './slack-text';

export interface BriefCommandDeps {
  commands: CommandDeps;
  managers: SlackManagers;
  logger: Logger;
  dispatch: SlackCommandDispatcher;
  table?: Readonly<Record<string, CommandHandler>>;
  /** Installed by many workspaces: the command's channel carries the team (ADR 035). */
  teamScoped?: boolean;
  /** Posts the "Briefing <host>…" placeholder (default: the request's WebClient). */
  postPlaceholder?: PlaceholderPoster;
}

/** Slack wants the slash command acknowledged within 3 s; past this, ack first and answer via response_url. */
const ackDeadlineMs = 2500;

/** Runs `/brief <text>` through the shared handlers (commands/dispatch.ts `dispatchCommand`, given by the root). */
export type SlackCommandDispatcher = (
  text: string,
  base: Omit<CommandContext<CommandDeps>, 'args'>,
  table?: Readonly<Record<string, CommandHandler>>,
) => Promise<CommandReply>;

function asSlackReply(reply: CommandReply): RespondArguments {
  const response_type = reply.ephemeral ? 'ephemeral' : 'in_channel';
  if (reply.message) {
    const { text, blocks } = renderSlackMessage(reply.message);
    return { response_type, text, blocks };
  }
  return { response_type, text: escapeSlackText(reply.text) };
}

/**
 * `/brief …`: builds the platform-neutral command context from Slack's payload, runs the
 * subcommand and acknowledges with its answer (ephemeral unless the handler says otherwise).
 * https://api.slack.com/interactivity/slash-commands#responding_to_commands
 */
export function registerBriefCommand(app: App, deps: BriefCommandDeps): void {
  app.command('/brief', async ({ command, ack, respond, client, context }) => {
    const reply = runCommand(command, deps, client, context.botToken);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), ackDeadlineMs)));
    const first = await Promise.race([reply, late]);
    clearTimeout(timer);
    if (first !== 'late') {
      await ack(asSlackReply(first));
      return;
    }
    await ack({ response_type: 'ephemeral', text: 'Working on it…' });
    await respond(asSlackReply(await reply));
  });
}

async function runCommand(
  command: SlashCommand,
  deps: BriefCommandDeps,
  client: Pick<WebClient, 'chat' | 'users'>,
  token: string | undefined,
): Promise<CommandReply> {
  try {
    return await deps.dispatch(
      command.text,
      {
        platform: 'slack',
        channel: command.channel_id,
        ...(command.channel_name && command.channel_name !== 'directmessage'
          ? { channelName: command.channel_name }
          : {}),
        workspace: command.team_id,
        ...(deps.teamScoped === true ? { team: command.team_id } : {}),
        user: command.user_id,
        requester: { user: command.user_id, responseUrl: command.response_url },
        access: deps.managers.checkFor(command.user_id, command.channel_id, client, command.team_id),
        placeholder: slackPlaceholder(
          client,
          command.channel_id,
          deps.postPlaceholder && token !== undefined
            ? (text) => deps.postPlaceholder!(token, command.channel_id, text)
            : undefined,
        ),
        // https://api.slack.com/methods/chat.getPermalink
        linkTo: async (ts: string) =>
          (await client.chat.getPermalink({ channel: command.channel_id, message_ts: ts })).permalink ?? null,
        deps: deps.commands,
      },
      deps.table,
    );
  } catch (err) {
    deps.logger.error({ err, text: command.text, channel: command.channel_id }, '/brief failed');
    return {
      ephemeral: true,
      text: 'Something went wrong on briefbot’s side; it has been logged. Try again in a minute.',
    };
  }
}

/**
 * "Briefing <host>…" posted in the channel (chat.postMessage); the worker's chat.update turns it into
 * the brief. When the bot cannot post there (not invited), there is no placeholder and the brief is
 * posted as before. https://api.slack.com/methods/chat.delete removes it when no brief will come.
 */
function slackPlaceholder(
  client: Pick<WebClient, 'chat'>,
  channel: string,
  post?: (text: string) => Promise<string | null>,
): BriefPlaceholder {
  let ts: string | undefined;
  return {
    async show(text) {
      const escaped = escapeSlackText(text);
      ts = post
        ? ((await post(escaped)) ?? undefined)
        : (await client.chat.postMessage({ channel, text: escaped })).ts;
      return ts ?? null;
    },
    async drop() {
      if (ts !== undefined) await client.chat.delete({ channel, ts });
    },
  };
}
