import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A small HTTP server on 127.0.0.1 for tests: one handler per path, counting what reaches it.
 *
 * ```ts
 * const site = await startFixtureServer({
 *   '/article': { headers: { 'content-type': 'text/html; charset=utf-8' }, body: '<html>…</html>' },
 *   '/moved': { status: 301, headers: { location: '/article' } },
 *   '/slow': (req, res) => { res.writeHead(200); setTimeout(() => res.end('late'), 50); },
 * });
 * await fetcher.fetchPage(`${site.url}/article`);
 * expect(site.hits.get('/article')).toBe(1);
 * await site.close();
 * ```
 * Paths are matched on the pathname (query ignored); unknown paths answer 404 and are counted too.
 * `connections` counts TCP connections accepted, so a test can prove nothing reached the server.
 */
export interface FixtureResponse {
  status?: number;
  headers?: Record<string, string | number | string[]>;
  body?: string | Buffer;
}

export type FixtureHandler = (req: http.IncomingMessage, res: http.ServerResponse) => void | Promise<void>;

export type FixtureRoutes = Record<string, FixtureResponse | FixtureHandler>;

export interface FixtureServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:34567 */
  url: string;
  port: number;
  /** Requests received, by pathname. */
  hits: Map<string, number>;
  /** TCP connections accepted so far. */
  readonly connections: number;
  /** Requests received on any path. */
  readonly totalHits: number;
  /** Adds or replaces a route while the server runs. */
  route(path: string, response: FixtureResponse | FixtureHandler): void;
  /** Destroys open connections (ending endless or slow handlers) and stops listening. */
  close(): Promise<void>;
}

export async function startFixtureServer(routes: FixtureRoutes = {}): Promise<FixtureServer> {
  const table = new Map(Object.entries(routes));
  const hits = new Map<string, number>();
  const sockets = new Set<Socket>();
  let connections = 0;
  let totalHits = 0;

  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://fixture.invalid').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    totalHits += 1;
    const route = table.get(path);
    if (route === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('no such fixture');
      return;
    }
    if (typeof route === 'function') {
      Promise.resolve(route(req, res)).catch((err: unknown) => {
        if (!res.headersSent) res.writeHead(500);
        res.end(String(err));
      });
      return;
    }
    res.writeHead(route.status ?? 200, route.headers ?? { 'content-type': 'text/html; charset=utf-8' });
    res.end(route.body ?? '');
  });
  server.on('connection', (socket: Socket) => {
    connections += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    hits,
    get connections() {
      return connections;
    },
    get totalHits() {
      return totalHits;
    },
    route(path, response) {
      table.set(path, response);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
