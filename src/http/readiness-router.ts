import { Router } from 'express';

/** Resolves when Redis answers (PING on the fail-fast input connection). */
export type ReadinessProbe = () => Promise<void>;

/** GET /readyz: 200 when Redis answers within `timeoutMs`, else 503 at once (load balancers stop routing). */
export function createReadinessRouter(probe: ReadinessProbe, timeoutMs = 800): Router {
  const router = Router();
  router.get('/readyz', async (_req, res) => {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        probe(),
        new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), timeoutMs))),
      ]);
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'unavailable', error: "briefbot can't reach its queue right now" });
    } finally {
      clearTimeout(timer);
    }
  });
  return router;
}
