import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * An HTTP proxy in front of a fake platform API. While `holdAnswers` matches a request, the request
 * still reaches the platform (which acts on it: the message is posted) but its answer is never passed
 * back, as if the caller had crashed in the instant between the platform accepting a post and the
 * caller reading the reply.
 */
export class HoldingProxy {
  holdAnswers: ((method: string, path: string) => boolean) | undefined;
  /** Requests whose answer was held back after the platform had acted on them. */
  held = 0;
  private readonly server: http.Server;
  url = '';

  constructor(private readonly upstream: string) {
    this.server = http.createServer((req, res) => void this.forward(req, res));
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async forward(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers))
      if (typeof value === 'string' && name !== 'host' && name !== 'content-length') headers[name] = value;
    const method = req.method ?? 'GET';
    const answer = await fetch(`${this.upstream}${req.url ?? '/'}`, {
      method,
      headers,
      ...(chunks.length > 0 ? { body: Buffer.concat(chunks) } : {}),
    });
    const body = Buffer.from(await answer.arrayBuffer());
    if (this.holdAnswers?.(method, req.url ?? '/')) {
      this.held += 1;
      return; // never answered: the caller is killed while waiting
    }
    const out: Record<string, string> = {};
    answer.headers.forEach((value, name) => {
      if (name !== 'content-encoding' && name !== 'transfer-encoding' && name !== 'content-length')
        out[name] = value;
    });
    res.writeHead(answer.status, out).end(body);
  }
}
