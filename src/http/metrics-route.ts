import { timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Registry } from 'prom-client';

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * GET /metrics in Prometheus text format. With `token` (METRICS_TOKEN) it answers 401 unless the
 * request carries `Authorization: Bearer <token>` (Prometheus: `authorization: { credentials: … }`).
 */
export function metricsHandler(registry: Registry, token?: string): RequestHandler {
  return async (req, res) => {
    if (token !== undefined) {
      const header = req.headers.authorization ?? '';
      const given = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
      if (!sameSecret(given, token)) {
        res.status(401).set('www-authenticate', 'Bearer').json({ error: 'a bearer token is required' });
        return;
      }
    }
    res.type(registry.contentType).send(await registry.metrics());
  };
}
