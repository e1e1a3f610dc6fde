import type { App } from '@slack/bolt';
import type { IntakePort } from '../../intake/intake-port';
import type { Logger } from '../../logging/logger';
import type { ChannelSettingsStore } from '../../storage/channel-settings-store';
import { messageLinks } from './message-links';
import type { SeenEvents } from '../../storage/seen-events';

/** The message fields briefbot reads; Slack sends many more. */
interface PlainMessage {
  type: 'message';
  subtype?: string;
  bot_id?: string;
  channel: string;
  user?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
}

/**
 * Watched channels: a person's message with links is briefed, the brief replied in its thread.
 * Edits, deletions, joins and bot posts (including briefbot's own briefs) carry a `subtype` or a
 * `bot_id` and are skipped. A redelivered event (X-Slack-Retry-Num) has the same event_id and is
 * dropped by `seen`; intake also dedupes the same URL to the same destination.
 * https://api.slack.com/events/message
 */
export function registerWatchedMessages(
  app: App,
  deps: {
    intake: IntakePort;
    settings: ChannelSettingsStore;
    seen: SeenEvents;
    logger: Logger;
    /** Installed by many workspaces: the channel's keys and token carry the team (ADR 035). */
    teamScoped?: boolean;
  },
): void {
  app.event('message', async ({ event, body, client }) => {
    const message = event as unknown as PlainMessage;
    if (message.subtype !== undefined || message.bot_id !== undefined || message.user === undefined) return;
    const links = messageLinks(message.text ?? '');
    if (links.length === 0) return;
    const team = (body as { team_id?: string }).team_id;
    const scope = deps.teamScoped === true && team !== undefined ? { team } : {};
    if (!(await deps.settings.isWatched({ platform: 'slack', channel: message.channel, ...scope }))) return;
    const eventId = (body as { event_id?: string }).event_id ?? `${message.channel}:${message.ts}`;
    if (!(await deps.seen.firstSight(eventId))) {
      deps.logger.debug({ eventId }, 'Slack event already handled; dropped');
      return;
    }
    // 👀: seen and working on it; the worker swaps it for ✅ or ⚠. https://api.slack.com/methods/reactions.add
    await client.reactions
      .add({ channel: message.channel, timestamp: message.ts, name: 'eyes' })
      .catch((err: unknown) => deps.logger.info({ err, channel: message.channel }, 'could not react 👀'));
    for (const url of links) {
      try {
        await deps.intake.submit(url, {
          platform: 'slack',
          channel: message.channel,
          ...(team !== undefined ? { workspace: team } : {}),
          ...scope,
          replyTo: message.thread_ts ?? message.ts,
          requester: { user: message.user, messageId: message.ts },
        });
      } catch (err) {
        deps.logger.warn({ err, url, channel: message.channel }, 'watched link not queued');
      }
    }
  });
}
