import { dispatchCommand } from '../../../commands/dispatch';
import { RedisSeenEvents } from '../../storage/redis/redis-seen-events';
import { SlackChatPort } from '../../chat/slack/slack-chat-port';
import { createSlackInput } from '../../chat/slack/slack-input';
import { createSlackWebClient } from '../../chat/slack/slack-web-client';
import { channelPageCommandDeps } from './channel-page-plugin';
import { RedisDeliveryStore } from '../../storage/redis/redis-delivery-store';
import { eventsCommandDeps } from '../process/events-wiring';
import { feedsCommandDeps } from '../process/feeds-wiring';
import type { PlatformPlugin } from './plugin-contract';

/**
 * Slack, when SLACK_BOT_TOKEN is set. Bot side: the Bolt receiver on the HTTP server at
 * POST /slack/events (or Socket Mode with SLACK_APP_TOKEN). Worker side: SlackChatPort.
 */
export const slackPlugin: PlatformPlugin = {
  name: 'slack',
  async startInput(ctx) {
    const token = ctx.config.SLACK_BOT_TOKEN;
    if (token === undefined) return undefined;
    const logger = ctx.logger.child({ platform: 'slack' });
    const slack = createSlackInput({
      config: ctx.config,
      intake: ctx.intake,
      settings: ctx.channelSettings,
      clock: ctx.clock,
      dispatch: dispatchCommand,
      deliveries: new RedisDeliveryStore(ctx.redis, ctx.config.BRIEFBOT_PREFIX),
      ...(ctx.config.PUBLIC_URL !== undefined ? { publicUrl: ctx.config.PUBLIC_URL } : {}),
      ...eventsCommandDeps(ctx),
      ...channelPageCommandDeps(ctx),
      ...feedsCommandDeps(ctx),
      seen: new RedisSeenEvents(ctx.redis, ctx.config.BRIEFBOT_PREFIX, logger),
      logger,
    });
    if (slack.mode === 'http') ctx.routes.mount('/', slack.router);
    await slack.start();
    logger.info(
      { mode: slack.mode },
      slack.mode === 'http'
        ? 'Slack: receiving events at POST /slack/events'
        : 'Slack: connected in Socket Mode',
    );
    return { close: () => slack.stop() };
  },
  chatPort(ctx) {
    const token = ctx.config.SLACK_BOT_TOKEN;
    if (token === undefined) return undefined;
    const logger = ctx.logger.child({ platform: 'slack' });
    return new SlackChatPort({
      client: createSlackWebClient({ token, apiUrl: ctx.config.SLACK_API_URL, logger }),
      logger,
      clock: ctx.clock,
    });
  },
};
