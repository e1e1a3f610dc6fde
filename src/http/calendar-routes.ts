import { Router, type Request, type Response } from 'express';
import type { Logger } from 'pino';

/** What the route needs: the ICS text of a token's channel, or null for an unknown token. */
export interface CalendarFeedSource {
  calendarFeed(token: string): Promise<string | null>;
}

/**
 * `GET /calendar/<token>.ics`: a channel's events for calendar apps. The token is the only
 * secret, so an unknown, malformed or replaced token answers a plain 404 (no hint which).
 */
export function createCalendarRouter(deps: { events: CalendarFeedSource; logger: Logger }): Router {
  const router = Router();
  router.get('/calendar/:file', async (req: Request<{ file: string }>, res: Response) => {
    const match = /^([A-Za-z0-9_-]{1,64})\.ics$/.exec(req.params.file);
    try {
      const body = match?.[1] ? await deps.events.calendarFeed(match[1]) : null;
      if (body === null) {
        res.status(404).type('text/plain').send('Not found');
        return;
      }
      res
        .status(200)
        .set('Cache-Control', 'private, max-age=300')
        .set('X-Robots-Tag', 'noindex')
        .type('text/calendar; charset=utf-8')
        .send(body);
    } catch (err) {
      deps.logger.error({ err }, 'calendar feed failed');
      res.status(500).type('text/plain').send('Calendar unavailable, try again later');
    }
  });
  return router;
}
