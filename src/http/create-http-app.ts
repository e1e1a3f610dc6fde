import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Express, type RequestHandler } from 'express';
import { Registry } from 'prom-client';

/**
 * Where features put their routes on the one HTTP server: `/api` (briefs), `/slack/events`
 * (Bolt receiver), `/calendar` (ICS feeds), `/admin/queues` (Bull Board). Body parsing is each
 * router's business: the Slack receiver needs the raw body to check signatures.
 */
export interface HttpRoutes {
  mount(path: string, ...handlers: RequestHandler[]): void;
}

export interface HttpApp {
  app: Express;
  routes: HttpRoutes;
  /** prom-client registry of this app: features register their metrics here, /metrics serves it. */
  registry: Registry;
  /** Starts listening; resolves with the server and its bound port (0 picks a free one). */
  listen(port: number, host?: string): Promise<{ server: http.Server; port: number; close(): Promise<void> }>;
}

/** The express 5 app with /healthz and /metrics; everything else is mounted by the features. */
export function createHttpApp(deps: { registry?: Registry } = {}): HttpApp {
  const app = express();
  app.disable('x-powered-by');
  const registry = deps.registry ?? new Registry();
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/metrics', async (_req, res) => {
    res.type(registry.contentType).send(await registry.metrics());
  });
  return {
    app,
    registry,
    routes: { mount: (path, ...handlers) => void app.use(path, ...handlers) },
    listen: (port, host = '0.0.0.0') =>
      new Promise((resolve, reject) => {
        const server = http.createServer(app);
        server.once('error', reject);
        server.listen(port, host, () => {
          const bound = (server.address() as AddressInfo).port;
          resolve({
            server,
            port: bound,
            close: () =>
              new Promise<void>((done) => {
                server.close(() => done());
                server.closeIdleConnections();
              }),
          });
        });
      }),
  };
}
