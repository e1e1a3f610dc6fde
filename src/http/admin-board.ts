import { createHash, timingSafeEqual } from 'node:crypto';
import type { Queue } from 'bullmq';
import type { RequestHandler } from 'express';
import type { HttpRoutes } from './create-http-app';

export const ADMIN_BOARD_PATH = '/admin/queues';

function same(a: string, b: string): boolean {
  return timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest());
}

/** HTTP basic auth with one user, compared in constant time. */
export function basicAuth(user: string, password: string): RequestHandler {
  return (req, res, next) => {
    const match = /^Basic (.+)$/i.exec(req.get('authorization') ?? '');
    const decoded = match?.[1] ? Buffer.from(match[1], 'base64').toString('utf8') : '';
    const sep = decoded.indexOf(':');
    const ok = sep > 0 && same(decoded.slice(0, sep), user) && same(decoded.slice(sep + 1), password);
    if (!ok) {
      res.status(401).set('www-authenticate', 'Basic realm="briefbot admin"').send('login required');
      return;
    }
    next();
  };
}

/** Bull Board at /admin/queues behind basic auth; not mounted at all without credentials. */
export function mountAdminBoard(
  routes: HttpRoutes,
  queues: Queue[],
  credentials: { user?: string | undefined; password?: string | undefined },
): boolean {
  if (!credentials.user || !credentials.password) return false;
  // Loaded only when the board is mounted: a worker, or a bot without admin credentials, never pays for it.
  /* eslint-disable @typescript-eslint/no-require-imports, @typescript-eslint/consistent-type-imports -- a lazy load in CommonJS */
  const { createBullBoard } = require('@bull-board/api') as typeof import('@bull-board/api');
  const { BullMQAdapter } =
    require('@bull-board/api/bullMQAdapter') as typeof import('@bull-board/api/bullMQAdapter');
  const { ExpressAdapter } = require('@bull-board/express') as typeof import('@bull-board/express');
  /* eslint-enable @typescript-eslint/no-require-imports, @typescript-eslint/consistent-type-imports */
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(ADMIN_BOARD_PATH);
  createBullBoard({ queues: queues.map((q) => new BullMQAdapter(q)), serverAdapter });
  routes.mount(
    ADMIN_BOARD_PATH,
    basicAuth(credentials.user, credentials.password),
    serverAdapter.getRouter() as RequestHandler,
  );
  return true;
}
