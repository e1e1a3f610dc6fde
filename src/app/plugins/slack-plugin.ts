import { dispatchCommand } from '../../../commands/dispatch';
import { RedisSeenEvents } from '../../storage/redis/redis-seen-events';
import { SlackChatPort } from '../../chat/slack/slack-chat-port';
import { createSlackWebClient } from '../../chat/slack/slack-web-client';
import { channelPageCommandDeps } from './channel-page-plugin';
import { RedisDeliveryStore } from '../../storage/redis/redis-delivery-store';
import { eventsCommandDeps } from '../process/events-wiring';
import { feedsCommandDeps } from '../process/feeds-wiring';
import type { InputContext, PlatformPlugin } from './plugin-contract';
import { createTeamClients } from '../../chat/slack/oauth/team-clients';
import type { SlackInputDeps } from '../../chat/slack/slack-input';
import { slackOAuthEnabled } from '../../config/slack-oauth-config';
import { RedisSlackInstallationStore } from '../../storage/redis/slack-installation-store';
import { createForgetSlackTeam } from '../process/forget-slack-team';

/** The OAuth install settings when SLACK_CLIENT_ID is set (docs/adr/034-slack-oauth-installs.md). */
function slackOAuthSettings(ctx: InputContext): SlackInputDeps['oauth'] {
  const c = ctx.config;
  if (
    c.SLACK_CLIENT_ID === undefined ||
    c.SLACK_CLIENT_SECRET === undefined ||
    c.SLACK_STATE_SECRET === undefined
  )
    return undefined;
  const forget = createForgetSlackTeam({
    queues: ctx.queues,
    redis: ctx.redis,
    prefix: c.BRIEFBOT_PREFIX,
    logger: ctx.logger.child({ platform: 'slack' }),
  });
  return {
    clientId: c.SLACK_CLIENT_ID,
    clientSecret: c.SLACK_CLIENT_SECRET,
    stateSecret: c.SLACK_STATE_SECRET,
    scopes: c.SLACK_SCOPES,
    authorizeUrl: c.SLACK_AUTHORIZE_URL,
    ...(c.PUBLIC_URL !== undefined ? { publicUrl: c.PUBLIC_URL } : {}),
    installationStore: new RedisSlackInstallationStore(ctx.redis, c.BRIEFBOT_PREFIX),
    forgetTeam: async (team) => {
      await forget(team);
    },
  };
}

/**
 * Slack, when SLACK_BOT_TOKEN is set. Bot side: the Bolt receiver on the HTTP server at
 * POST /slack/events (or Socket Mode with SLACK_APP_TOKEN). Worker side: SlackChatPort.
 */
export const slackPlugin: PlatformPlugin = {
  name: 'slack',
  async startInput(ctx) {
    const token = ctx.config.SLACK_BOT_TOKEN;
    const oauth = slackOAuthSettings(ctx);
    if (token === undefined && oauth === undefined) return undefined;
    const logger = ctx.logger.child({ platform: 'slack' });
    // Bolt (the receiver) loads only on the input side: a worker posts through the Web API client alone.
    /* eslint-disable @typescript-eslint/no-require-imports, @typescript-eslint/consistent-type-imports -- lazy load */
    const { createSlackInput } =
      require('../../chat/slack/slack-input') as typeof import('../../chat/slack/slack-input');
    /* eslint-enable @typescript-eslint/no-require-imports, @typescript-eslint/consistent-type-imports */
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
      ...(oauth !== undefined ? { oauth } : {}),
    });
    if (slack.mode === 'http') ctx.routes.mount('/', slack.router);
    await slack.start();
    logger.info(
      { mode: slack.mode },
      slack.mode === 'http'
        ? `Slack: receiving events at POST /slack/events${oauth !== undefined ? '; installs at GET /slack/install' : ''}`
        : 'Slack: connected in Socket Mode',
    );
    return { close: () => slack.stop() };
  },
  chatPort(ctx) {
    const token = ctx.config.SLACK_BOT_TOKEN;
    const installable = slackOAuthEnabled(ctx.config);
    if (token === undefined && !installable) return undefined;
    const logger = ctx.logger.child({ platform: 'slack' });
    const redis = ctx.redis;
    return new SlackChatPort({
      ...(token !== undefined
        ? { client: createSlackWebClient({ token, apiUrl: ctx.config.SLACK_API_URL, logger }) }
        : {}),
      ...(installable && redis !== undefined
        ? {
            teamClient: createTeamClients({
              tokens: {
                botToken: (team) =>
                  new RedisSlackInstallationStore(redis(), ctx.config.BRIEFBOT_PREFIX).botToken(team),
              },
              apiUrl: ctx.config.SLACK_API_URL,
              logger,
              clock: ctx.clock,
            }),
          }
        : {}),
      logger,
      clock: ctx.clock,
    });
  },
};
