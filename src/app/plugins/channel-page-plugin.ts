import type { CommandDeps } from '../../../commands/command-deps';
import { platformSchema } from '../../core/destination';
import { RedisEventLedger } from '../../storage/redis/redis-event-ledger';
import { ADMIN_BOARD_PATH, basicAuth } from '../../http/admin-board';
import { CHANNEL_PAGE_PATH } from '../../http/channel-page/channel-page-path';
import { RedisChannelBriefLog } from '../../storage/redis-channel-brief-log';
import { RedisChannelPageTokens } from '../../storage/redis-channel-page-tokens';
import type { InputContext, PlatformPlugin } from './plugin-contract';
import { RedisFeedStore } from '../../feeds/redis-feed-store';
import { feedHealthLines, followedFeedLines } from './channel-page-feeds';

/* eslint-disable @typescript-eslint/no-require-imports, @typescript-eslint/consistent-type-imports -- lazy loads
   in CommonJS: the pages (express routers, the calendar feed) load only on the input side; a worker, which
   only keeps each channel's recent briefs, never loads them (ADR 040) */
const channelPageRouter = () =>
  require('../../http/channel-page/channel-page-router') as typeof import('../../http/channel-page/channel-page-router');
const statusRouter = () =>
  require('../../http/status-page/status-router') as typeof import('../../http/status-page/status-router');
/* eslint-enable @typescript-eslint/no-require-imports, @typescript-eslint/consistent-type-imports */

/** What the chat plugins add to their CommandDeps for `/brief page`. */
export function channelPageCommandDeps(ctx: InputContext): Pick<CommandDeps, 'channelPage'> {
  return { channelPage: new RedisChannelPageTokens(ctx.redis, ctx.config.BRIEFBOT_PREFIX) };
}

/**
 * The web pages: each channel's page at `/c/<token>` and the admin status page at `/admin`
 * (behind ADMIN_USER / ADMIN_PASSWORD, not mounted without them), on the input side; on the
 * worker side, the delivery hook that keeps each channel's recent briefs for its page.
 */
export const channelPagePlugin: PlatformPlugin = {
  name: 'channel-page',
  async startInput(ctx) {
    const { config } = ctx;
    const prefix = config.BRIEFBOT_PREFIX;
    const feedStore = new RedisFeedStore(ctx.redis, prefix);
    const ledger = new RedisEventLedger(ctx.redis, prefix, config.EVENT_RETENTION_DAYS, ctx.clock);
    const { createChannelPageRouter } = channelPageRouter();
    ctx.routes.mount(
      CHANNEL_PAGE_PATH,
      createChannelPageRouter({
        tokens: new RedisChannelPageTokens(ctx.redis, prefix),
        settings: ctx.channelSettings,
        briefs: new RedisChannelBriefLog(ctx.redis, prefix),
        events: ledger,
        clock: ctx.clock,
        logger: ctx.logger.child({ feature: 'channel-page' }),
        retentionDays: config.EVENT_RETENTION_DAYS,
        feeds: followedFeedLines(feedStore),
        ...(config.PUBLIC_URL !== undefined ? { publicUrl: config.PUBLIC_URL } : {}),
      }),
    );
    if (config.ADMIN_USER && config.ADMIN_PASSWORD) {
      const base = (config.PUBLIC_URL ?? '').replace(/\/+$/, '');
      const { STATUS_PAGE_PATH, createStatusRouter } = statusRouter();
      ctx.routes.mount(
        STATUS_PAGE_PATH,
        basicAuth(config.ADMIN_USER, config.ADMIN_PASSWORD),
        createStatusRouter({
          queues: {
            all: ctx.queues.all(),
            deliveries: ctx.queues.deliveries,
            reminders: ctx.queues.reminders,
          },
          clock: ctx.clock,
          eventLabel: async (platform, channel, id) => {
            const known = platformSchema.safeParse(platform);
            if (!known.success) return null;
            return (await ledger.get({ platform: known.data, channel }, id))?.what ?? null;
          },
          boardHref: `${base}${ADMIN_BOARD_PATH}`,
          feeds: feedHealthLines(feedStore, ctx.queues.feeds),
          logger: ctx.logger.child({ feature: 'status-page' }),
        }),
      );
    }
    return undefined;
  },
  onDelivered(ctx) {
    const log = new RedisChannelBriefLog(ctx.redis, ctx.config.BRIEFBOT_PREFIX);
    return async (brief, destination) => {
      await log.add(
        { platform: destination.platform, channel: destination.channel },
        brief,
        ctx.clock.now().getTime(),
      );
    };
  },
};
