import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type RequestHandler } from 'express';

/** A Slack receiver's router on its own express server on 127.0.0.1, as Slack tests post to it. */
export interface SlackRouterServer {
  /** http://127.0.0.1:<port>/slack/events */
  endpoint: string;
  close(): Promise<void>;
}

export async function listenSlackRouter(router: RequestHandler): Promise<SlackRouterServer> {
  const http = express();
  http.use(router);
  const server: Server = http.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
