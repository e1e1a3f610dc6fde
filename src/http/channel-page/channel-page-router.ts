import { Router, type Request, type Response } from 'express';
import type { Clock } from '../../clock/clock';
import { buildCalendarFeed } from '../../events/calendar-feed';
import type { ChannelEvent } from '../../events/channel-event';
import type { Logger } from '../../logging/logger';
import type { ChannelBriefLog } from '../../storage/channel-brief-log';
import type { ChannelRef, ChannelSettingsStore } from '../../storage/channel-settings-store';
import type { ChannelPageTokens } from '../../storage/redis-channel-page-tokens';
import type { ChannelPageData, FollowedFeedLine } from './channel-page-data';
import { channelPagePath } from './channel-page-path';
import { renderChannelPage } from './channel-page-template';
import { setPrivatePageHeaders } from './page-security';
import { pageStyles } from './page-styles';

const dayMs = 86_400_000;

export interface ChannelPageDeps {
  tokens: Pick<ChannelPageTokens, 'resolve'>;
  settings: Pick<ChannelSettingsStore, 'get'>;
  briefs: Pick<ChannelBriefLog, 'recent'>;
  events: { list(ref: ChannelRef, range: { after: number; before: number }): Promise<ChannelEvent[]> };
  clock: Clock;
  logger: Logger;
  /** EVENT_RETENTION_DAYS: how far back the ICS feed reaches. */
  retentionDays: number;
  /** PUBLIC_URL, for absolute links on the page; without it links are root paths. */
  publicUrl?: string;
  /** FEEDS: the channel's followed feeds, once that feature exists; the page then lists them. */
  feeds?: (ref: ChannelRef) => Promise<FollowedFeedLine[]>;
  /** How many days of events the page shows (30). */
  days?: number;
  /** How many recent briefs the page shows (20). */
  briefLimit?: number;
}

function notFound(res: Response): void {
  res.status(404).set('X-Robots-Tag', 'noindex').type('text/plain').send('Not found');
}

/**
 * `GET /c/<token>`: the channel's page (server-rendered, no scripts), and `GET /c/<token>/events.ics`:
 * its calendar. The token is the only secret, so an unknown, malformed or replaced token gets
 * the same plain 404.
 */
export function createChannelPageRouter(deps: ChannelPageDeps): Router {
  const router = Router();
  const days = deps.days ?? 30;

  const gather = async (token: string, ref: ChannelRef): Promise<ChannelPageData> => {
    const now = deps.clock.now();
    const [settings, briefs, events, feeds] = await Promise.all([
      deps.settings.get(ref),
      deps.briefs.recent(ref, deps.briefLimit ?? 20),
      deps.events.list(ref, { after: now.getTime(), before: now.getTime() + days * dayMs }),
      deps.feeds ? deps.feeds(ref) : Promise.resolve(undefined),
    ]);
    return {
      ref,
      settings,
      briefs,
      events,
      days,
      now,
      calendarHref: channelPagePath(deps.publicUrl, token, '/events.ics'),
      ...(feeds ? { feeds } : {}),
    };
  };

  router.get('/:token', async (req: Request<{ token: string }>, res: Response) => {
    try {
      const ref = await deps.tokens.resolve(req.params.token);
      if (!ref) return notFound(res);
      const page = renderChannelPage(await gather(req.params.token, ref));
      setPrivatePageHeaders(res, pageStyles);
      res.status(200).type('text/html; charset=utf-8').send(page);
    } catch (err) {
      deps.logger.error({ err }, 'channel page failed');
      res.status(503).type('text/plain').send('This page is unavailable right now, try again in a minute.');
    }
  });

  router.get('/:token/events.ics', async (req: Request<{ token: string }>, res: Response) => {
    try {
      const ref = await deps.tokens.resolve(req.params.token);
      if (!ref) return notFound(res);
      const now = deps.clock.now();
      const events = await deps.events.list(ref, {
        after: now.getTime() - deps.retentionDays * dayMs,
        before: Number.MAX_SAFE_INTEGER,
      });
      const body = buildCalendarFeed(events, { name: `briefbot ${ref.platform} ${ref.channel}`, now });
      res
        .status(200)
        .set('Cache-Control', 'private, max-age=300')
        .set('X-Robots-Tag', 'noindex')
        .set('Referrer-Policy', 'no-referrer')
        .type('text/calendar; charset=utf-8')
        .send(body);
    } catch (err) {
      deps.logger.error({ err }, 'channel page calendar failed');
      res.status(503).type('text/plain').send('Calendar unavailable, try again in a minute.');
    }
  });
  return router;
}
