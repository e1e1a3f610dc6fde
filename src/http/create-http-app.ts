import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Express, type RequestHandler } from 'express';
import { Registry } from 'prom-client';
import { metricsHandler } from './metrics-route';

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
  /** Starts listening; resolves with the server, its bound address and port (0 picks a free one). */
  listen(port: number, host?: string): Promise<ListeningServer>;
}

export interface ListeningServer {
  server: http.Server;
  address: string;
  port: number;
  close(): Promise<void>;
}

export interface HttpAppOptions {
  registry?: Registry;
  /** METRICS_TOKEN: /metrics then needs `Authorization: Bearer <token>`. */
  metricsToken?: string;
  /** False when /metrics has its own port (METRICS_PORT): this app then has no /metrics. Default true. */
  serveMetrics?: boolean;
}

/** The express 5 app with /healthz and /metrics; everything else is mounted by the features. */
export function createHttpApp(deps: HttpAppOptions = {}): HttpApp {
  const app = express();
  app.disable('x-powered-by');
  const registry = deps.registry ?? new Registry();
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  if (deps.serveMetrics !== false) app.get('/metrics', metricsHandler(registry, deps.metricsToken));
  return {
    app,
    registry,
    routes: { mount: (path, ...handlers) => void app.use(path, ...handlers) },
    listen: (port, host = '0.0.0.0') =>
      new Promise((resolve, reject) => {
        const server = http.createServer(app);
        server.once('error', reject);
        server.listen(port, host, () => {
          const bound = server.address() as AddressInfo;
          resolve({
            server,
            address: bound.address,
            port: bound.port,
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

/** The HTTP options Config asks for: the metrics token, and whether /metrics moved to METRICS_PORT. */
export function httpAppOptions(config: {
  METRICS_TOKEN?: string | undefined;
  METRICS_PORT?: number | undefined;
}): HttpAppOptions {
  return {
    ...(config.METRICS_TOKEN !== undefined ? { metricsToken: config.METRICS_TOKEN } : {}),
    serveMetrics: config.METRICS_PORT === undefined,
  };
}

/**
 * /metrics (and /healthz) alone on 127.0.0.1:`port`, for METRICS_PORT: scrapers on the same host or
 * through a sidecar reach it; nothing on the network does.
 */
export function listenMetricsOnly(
  registry: Registry,
  port: number,
  token?: string,
): Promise<ListeningServer> {
  const metrics = createHttpApp({ registry, ...(token !== undefined ? { metricsToken: token } : {}) });
  return metrics.listen(port, '127.0.0.1');
}
