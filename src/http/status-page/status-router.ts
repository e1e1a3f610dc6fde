import { Router } from 'express';
import type { Logger } from '../../logging/logger';
import { setPrivatePageHeaders } from '../channel-page/page-security';
import { pageStyles } from '../channel-page/page-styles';
import { gatherStatus, type StatusDeps } from './status-data';
import { renderStatusPage } from './status-template';

/** Where the status page lives (Bull Board is below it at /admin/queues). */
export const STATUS_PAGE_PATH = '/admin';

/** `GET /admin`: the install's status page. Mount it behind the admin basic auth. */
export function createStatusRouter(deps: StatusDeps & { logger: Logger }): Router {
  const router = Router();
  router.get('/', async (_req, res) => {
    try {
      const page = renderStatusPage(await gatherStatus(deps));
      setPrivatePageHeaders(res, pageStyles);
      res.status(200).type('text/html; charset=utf-8').send(page);
    } catch (err) {
      deps.logger.error({ err }, 'status page failed');
      res.status(503).type('text/plain').send("briefbot can't reach its queue right now");
    }
  });
  return router;
}
