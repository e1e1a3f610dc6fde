import { ErrorCode, type WebClient } from '@slack/web-api';
import type { Clock } from '../../clock/clock';
import type { Logger } from '../../logging/logger';
import { ChatPostError, type ChatPort, type MessageMark, type PostOptions } from '../chat-port';
import { type MessageRef, type Requester } from '../../core/destination';
import { type ChatMessage } from '../../core/chat-message';
import { ChannelPacer } from './channel-pacer';
import { renderSlackMessage } from './slack-renderer';
import { escapeSlackText } from './slack-text';

export interface SlackChatPortDeps {
  /** Built with createSlackWebClient (no automatic retries, 429 thrown): posts where no team is given. */
  client?: WebClient;
  /** The client of a Slack team (its installation's bot token), when installed in several workspaces. */
  teamClient?: (team: string) => Promise<WebClient>;
  logger: Logger;
  clock: Clock;
  /** Waits; injectable so tests can see the waits without spending them. */
  sleep?: (ms: number) => Promise<void>;
  /** Minimum time between two posts to one channel (default 1000 ms). */
  channelGapMs?: number;
  /** Longest Retry-After waited in-process; longer waits fail retryably so the job retries later. */
  maxRateLimitWaitMs?: number;
  /** Hosts whose response_url briefbot will POST to, besides Slack's hooks hosts. */
  responseUrlHosts?: string[];
}

/** Slack errors that can go away by trying again later. https://api.slack.com/methods/chat.postMessage#errors */
const retryablePlatformErrors = new Set([
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
  'ratelimited',
  'team_added_to_org',
]);

const advice: Record<string, string> = {
  not_in_channel: 'briefbot is not in this channel: invite it with /invite @briefbot',
  channel_not_found: 'the channel does not exist or briefbot cannot see it (private channel? invite the bot)',
  is_archived: 'the channel is archived',
  invalid_auth: 'SLACK_BOT_TOKEN is not valid',
  not_authed: 'SLACK_BOT_TOKEN is missing',
  account_inactive: 'the Slack app was uninstalled or its token revoked',
};

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Posts briefs, digests, reminders and notices to Slack with chat.postMessage, threaded with
 * `thread_ts` when replying, at most about one message per second per channel.
 */
export class SlackChatPort implements ChatPort {
  readonly platform = 'slack' as const;
  private readonly pacer: ChannelPacer;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly deps: SlackChatPortDeps) {
    this.sleep = deps.sleep ?? defaultSleep;
    this.pacer = new ChannelPacer(deps.channelGapMs ?? 1000, {
      now: () => deps.clock.now().getTime(),
      sleep: this.sleep,
    });
  }

  /** The client that posts for `team` (its own token), or the single-workspace client. */
  private async clientFor(team: string | undefined): Promise<WebClient> {
    if (team !== undefined && this.deps.teamClient) return this.deps.teamClient(team);
    if (this.deps.client) return this.deps.client;
    throw new ChatPostError(
      'Slack: briefbot is installed in several workspaces and this channel has no team',
      'slack_no_team',
      false,
    );
  }

  async post(channel: string, message: ChatMessage, options?: PostOptions): Promise<MessageRef> {
    const { text, blocks } = renderSlackMessage(message);
    const client = await this.clientFor(options?.team);
    if (options?.replace) {
      const replaced = await this.replace(client, channel, options.replace.id, text, blocks);
      if (replaced) return replaced;
    }
    // https://api.slack.com/methods/chat.postMessage
    const paced = options?.team !== undefined ? `${options.team}:${channel}` : channel;
    const result = await this.pacer.run(paced, () =>
      this.call('chat.postMessage', () =>
        client.chat.postMessage({
          channel,
          text,
          blocks,
          unfurl_links: false,
          unfurl_media: false,
          ...(options?.replyTo !== undefined ? { thread_ts: options.replyTo } : {}),
        }),
      ),
    );
    if (!result.ts)
      throw new ChatPostError('Slack accepted the message but returned no ts', 'slack_no_ts', false);
    return { platform: 'slack', channel: result.channel ?? channel, id: result.ts };
  }

  /** Edits the placeholder into the message; null when it is gone or cannot be edited (then post anew). */
  private async replace(
    client: WebClient,
    channel: string,
    ts: string,
    text: string,
    blocks: ReturnType<typeof renderSlackMessage>['blocks'],
  ): Promise<MessageRef | null> {
    try {
      // https://api.slack.com/methods/chat.update
      const updated = await this.pacer.run(channel, () =>
        this.call('chat.update', () => client.chat.update({ channel, ts, text, blocks })),
      );
      return { platform: 'slack', channel: updated.channel ?? channel, id: updated.ts ?? ts };
    } catch (err) {
      if (err instanceof ChatPostError && err.retryable) throw err;
      this.deps.logger.info({ err, channel }, 'placeholder could not be replaced; posting the brief anew');
      return null;
    }
  }

  async direct(user: string, message: ChatMessage, team?: string): Promise<MessageRef> {
    const client = await this.clientFor(team);
    // https://api.slack.com/methods/conversations.open gives the direct-message channel with the person.
    const opened = await this.call('conversations.open', () => client.conversations.open({ users: user }));
    const channel = opened.channel?.id;
    if (!channel)
      throw new ChatPostError('Slack opened no direct-message channel', 'slack_no_dm_channel', false);
    return this.post(channel, message, team !== undefined ? { team } : undefined);
  }

  async notify(requester: Requester, channel: string, text: string, team?: string): Promise<void> {
    const safe = escapeSlackText(text);
    if (requester.responseUrl !== undefined && this.responseUrlAllowed(requester.responseUrl)) {
      // https://api.slack.com/interactivity/handling#message_responses (valid 30 minutes, 5 uses)
      try {
        const res = await fetch(requester.responseUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ response_type: 'ephemeral', replace_original: false, text: safe }),
          signal: AbortSignal.timeout(10000),
        });
        if (res.ok) return;
        this.deps.logger.info(
          { status: res.status },
          'response_url refused the follow-up; using chat.postEphemeral',
        );
      } catch (err) {
        this.deps.logger.info({ err }, 'response_url failed; using chat.postEphemeral');
      }
    }
    // https://api.slack.com/methods/chat.postEphemeral
    const client = await this.clientFor(team);
    await this.call('chat.postEphemeral', () =>
      client.chat.postEphemeral({ channel, user: requester.user, text: safe }),
    );
  }

  async mark(channel: string, messageId: string, state: MessageMark, team?: string): Promise<void> {
    const client = await this.clientFor(team);
    // https://api.slack.com/methods/reactions.remove and https://api.slack.com/methods/reactions.add
    await client.reactions.remove({ channel, timestamp: messageId, name: 'eyes' }).catch(() => undefined);
    await this.call('reactions.add', () =>
      client.reactions.add({
        channel,
        timestamp: messageId,
        name: state === 'done' ? 'white_check_mark' : 'warning',
      }),
    );
  }

  private responseUrlAllowed(url: string): boolean {
    try {
      const { protocol, hostname } = new URL(url);
      const hosts = ['hooks.slack.com', 'hooks.slack-gov.com', ...(this.deps.responseUrlHosts ?? [])];
      return (protocol === 'https:' || protocol === 'http:') && hosts.includes(hostname);
    } catch {
      return false;
    }
  }

  /** One Web API call: waits out 429s (nothing was posted), maps every other failure to ChatPostError. */
  private async call<T>(method: string, send: () => Promise<T>): Promise<T> {
    const maxWait = this.deps.maxRateLimitWaitMs ?? 60000;
    for (let attempt = 1; ; attempt++) {
      try {
        return await send();
      } catch (err) {
        const e = err as {
          code?: string;
          retryAfter?: number;
          data?: { error?: string };
          statusCode?: number;
          message?: string;
        };
        if (e.code === ErrorCode.RateLimitedError && attempt <= 3) {
          const waitMs = (e.retryAfter ?? 1) * 1000;
          if (waitMs <= maxWait) {
            this.deps.logger.info({ method, waitMs }, 'Slack rate limit: waiting Retry-After before posting');
            await this.sleep(waitMs);
            continue;
          }
        }
        throw toChatPostError(method, e);
      }
    }
  }
}

function toChatPostError(
  method: string,
  e: { code?: string; data?: { error?: string }; statusCode?: number; message?: string },
): ChatPostError {
  if (e.code === ErrorCode.PlatformError) {
    const code = e.data?.error ?? 'unknown_error';
    const why = advice[code] ?? code;
    return new ChatPostError(
      `Slack ${method} failed: ${why}`,
      `slack_${code}`,
      retryablePlatformErrors.has(code),
    );
  }
  if (e.code === ErrorCode.RateLimitedError)
    return new ChatPostError(`Slack ${method} is rate limited`, 'slack_ratelimited', true);
  if (e.code === ErrorCode.HTTPError) {
    const status = e.statusCode ?? 0;
    return new ChatPostError(
      `Slack ${method} answered HTTP ${status}`,
      `slack_http_${status}`,
      status >= 500,
    );
  }
  return new ChatPostError(
    `Slack ${method} could not be reached: ${e.message ?? 'request failed'}`,
    'slack_unreachable',
    true,
  );
}
