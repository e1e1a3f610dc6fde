import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One Web API call as the scripted fake saw it. */
export interface ScriptedSlackCall {
  method: string;
  channel: string | undefined;
  text: string | undefined;
  /** For response_url posts: the id in the URL. */
  responseId?: string;
  /** When the request arrived and how it ended (ms since epoch). */
  receivedAt: number;
  /** 200 = Slack acted on it; 429 = refused; 0 = the caller hung up before an answer (nothing posted). */
  status: number;
}

/** How the fake answers chat.postMessage right now. */
export type PostMode =
  | { kind: 'normal' }
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  /** Holds every request open until `release()`; a caller that dies meanwhile posted nothing. */
  | { kind: 'hold' };

/**
 * A fake Slack Web API for the fault suite and the benchmarks: records every call with its arrival
 * time and outcome, and can be switched at run time to answer 429 to everything or to hold requests
 * open (so a worker can be killed in the middle of a post). Only answered posts count as posted.
 */
export class ScriptedSlackApi {
  readonly calls: ScriptedSlackCall[] = [];
  mode: PostMode = { kind: 'normal' };
  private held: Array<{ answer: () => void; open: () => boolean }> = [];
  private seq = 0;
  private readonly server: http.Server;
  origin = '';

  constructor() {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.handle(req, res, Buffer.concat(chunks).toString('utf8')));
    });
    this.server.keepAliveTimeout = 60_000;
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** SLACK_API_URL for the worker. */
  get apiUrl(): string {
    return `${this.origin}/api/`;
  }

  responseUrl(id: string): string {
    return `${this.origin}/response/${id}`;
  }

  /** Answers the held requests normally and goes back to normal mode. */
  release(): void {
    this.mode = { kind: 'normal' };
    const waiting = this.held;
    this.held = [];
    for (const { answer } of waiting) answer();
  }

  /**
   * Held requests whose caller is still connected. After killing a caller, wait for this to drop
   * before `release()`: the fake sees the dead connection a moment after the process exit.
   */
  heldOpen(): number {
    return this.held.filter((h) => h.open()).length;
  }

  /** Calls of `method` that Slack acted on. */
  posted(method = 'chat.postMessage'): ScriptedSlackCall[] {
    return this.calls.filter((c) => c.method === method && c.status === 200);
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse, raw: string): void {
    const url = req.url ?? '/';
    const api = /^\/api\/([\w.]+)/.exec(url)?.[1];
    const hook = /^\/response\/([\w-]+)/.exec(url)?.[1];
    if (api === undefined && hook === undefined) return void res.writeHead(404).end();
    const body = parseBody(raw, req.headers['content-type']);
    const call: ScriptedSlackCall = {
      method: api ?? 'response_url',
      channel: typeof body.channel === 'string' ? body.channel : undefined,
      text: typeof body.text === 'string' ? body.text : undefined,
      receivedAt: Date.now(),
      status: 0,
      ...(hook !== undefined ? { responseId: hook } : {}),
    };
    this.calls.push(call);
    let closed = false;
    res.once('close', () => (closed = true));
    // The caller hung up (its process died): nobody would read an answer, so Slack posted nothing.
    const callerGone = () =>
      closed || res.destroyed || res.socket === null || res.socket.destroyed || req.socket.readableEnded;
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      if (callerGone()) return;
      call.status = status;
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(payload));
    };
    if (call.method === 'chat.postMessage' && this.mode.kind === 'rate-limited') {
      return send(
        429,
        { ok: false, error: 'ratelimited' },
        { 'retry-after': String(this.mode.retryAfterSeconds) },
      );
    }
    const answer = () => send(200, this.answerFor(call.method, body));
    if (call.method === 'chat.postMessage' && this.mode.kind === 'hold') {
      this.held.push({ answer, open: () => !callerGone() });
      return;
    }
    answer();
  }

  private answerFor(method: string, body: Record<string, unknown>): unknown {
    const ts = `1700000000.${String(++this.seq).padStart(6, '0')}`;
    if (method === 'chat.postMessage') return { ok: true, channel: body.channel, ts, message: { ts } };
    if (method === 'chat.postEphemeral') return { ok: true, message_ts: ts };
    if (method === 'auth.test')
      return { ok: true, team_id: 'T0FAKE', user_id: 'UBRIEFBOT', bot_id: 'BBRIEFBOT' };
    return { ok: true };
  }
}

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) return JSON.parse(raw || '{}') as Record<string, unknown>;
  return Object.fromEntries(new URLSearchParams(raw));
}

export async function startScriptedSlackApi(): Promise<ScriptedSlackApi> {
  return new ScriptedSlackApi().start();
}
