import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the fake received: a Web API method call or a response_url post. */
export interface RecordedSlackCall {
  /** "chat.postMessage", "auth.test", … or "response_url" for posts to a response URL. */
  method: string;
  /** Form fields or JSON body; `blocks` is parsed back into objects. */
  body: Record<string, unknown>;
  /** `body.channel` and `body.text` when they are strings. */
  channel: string | undefined;
  text: string | undefined;
  /** For response_url posts: the id in the URL. */
  responseId?: string;
  /** The bearer token the call was made with, if any. */
  token?: string;
  /** When the request arrived (ms since epoch). */
  receivedAt: number;
  /**
   * What the fake answered: HTTP status (200, 429, …; 0 = not answered yet, or the caller hung up
   * before an answer: nothing posted), and Slack's `ok`.
   */
  status: number;
  ok: boolean;
}

/** How the fake answers chat.postMessage right now (the fault suite and benchmarks switch it at run time). */
export type PostMode =
  | { kind: 'normal' }
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  /** Holds every request open until `release()`; a caller that dies meanwhile posted nothing. */
  | { kind: 'hold' };

/**
 * A fake Slack Web API on 127.0.0.1 for the real WebClient (`slackApiUrl`) and Bolt: answers
 * auth.test, chat.postMessage, chat.update, chat.postEphemeral, users.info, conversations.open,
 * views.open, apps.connections.open (Socket Mode) and response_url posts, records every call with its arrival time and outcome, and can answer 429 with
 * Retry-After or a Slack error (`ok: false`) on demand. Its `mode` is the scripted-fault switch: answer
 * 429 to every post, or hold posts open (so a worker can be killed in the middle of a post).
 */
export class FakeSlackApi {
  readonly calls: RecordedSlackCall[] = [];
  mode: PostMode = { kind: 'normal' };
  private held: Array<{ answer: () => void; open: () => boolean }> = [];
  private readonly planned: {
    method: string;
    answer: { status: number; headers?: Record<string, string>; body: unknown };
  }[] = [];
  private seq = 100;
  /** Workspace admins as users.info reports them (`is_admin`); U0ALICE, the usual test user, is one. */
  readonly admins = new Set<string>(['U0ALICE']);
  /** Messages in channels now, by ts (posted, not deleted): chat.update and chat.delete need one. */
  readonly live = new Map<string, string>();
  /** The websocket URL `apps.connections.open` hands out (Socket Mode); unset: Slack's error. */
  socketModeUrl: string | undefined;
  /** OAuth codes oauth.v2.access exchanges (`addInstall`), and which team each bot token belongs to. */
  private readonly codes = new Map<string, { team: string; token: string }>();
  private readonly tokenTeams = new Map<string, string>();

  /**
   * A workspace that will install the app: oauth.v2.access answers `code` with a bot token of `team`,
   * and auth.test with that token names the team.
   */
  addInstall(code: string, team: string, token: string): void {
    this.codes.set(code, { team, token });
    this.tokenTeams.set(token, team);
  }

  constructor(
    private readonly server: http.Server,
    readonly origin: string,
  ) {}

  /** The Web API base to give WebClient / SLACK_API_URL. */
  get apiUrl(): string {
    return `${this.origin}/api/`;
  }

  /** A response_url that records what is posted to it. */
  responseUrl(id: string): string {
    return `${this.origin}/response/${id}`;
  }

  /** The next call to `method` gets HTTP 429 with `Retry-After: seconds` (nothing posted). */
  rateLimitNext(method: string, seconds: number): void {
    this.planned.push({
      method,
      answer: {
        status: 429,
        headers: { 'retry-after': String(seconds) },
        body: { ok: false, error: 'ratelimited' },
      },
    });
  }

  /** The next call to `method` gets `{ ok: false, error }`, as Slack answers e.g. not_in_channel. */
  failNext(method: string, error: string): void {
    this.planned.push({ method, answer: { status: 200, body: { ok: false, error } } });
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

  /** Calls that Slack would have acted on (2xx, ok) to `method`. */
  posted(method = 'chat.postMessage'): RecordedSlackCall[] {
    return this.calls.filter((c) => c.method === method && c.ok);
  }

  /** Waits until `count` calls to `method` were answered; fails after `timeoutMs`. */
  async waitFor(method: string, count = 1, timeoutMs = 10000): Promise<RecordedSlackCall[]> {
    for (let waited = 0; waited < timeoutMs; waited += 20) {
      const calls = this.calls.filter((c) => c.method === method);
      if (calls.length >= count) return calls;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(
      `fake Slack: expected ${count} call(s) to ${method}, got ${this.calls.filter((c) => c.method === method).length}`,
    );
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }

  /** @internal */
  handle(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    method: string,
    body: Record<string, unknown>,
    responseId?: string,
  ): void {
    const call: RecordedSlackCall = {
      method,
      body,
      channel: typeof body.channel === 'string' ? body.channel : undefined,
      text: typeof body.text === 'string' ? body.text : undefined,
      receivedAt: Date.now(),
      ...(bearer(req) !== undefined ? { token: bearer(req)! } : {}),
      status: 0,
      ok: false,
      ...(responseId !== undefined ? { responseId } : {}),
    };
    this.calls.push(call);
    let closed = false;
    res.once('close', () => (closed = true));
    // The caller hung up (its process died): nobody would read an answer, so Slack posted nothing.
    const callerGone = () =>
      closed || res.destroyed || res.socket === null || res.socket.destroyed || req.socket.readableEnded;
    const send = (answer: { status: number; headers?: Record<string, string>; body: unknown }) => {
      if (callerGone()) return;
      call.status = answer.status;
      call.ok = answer.status === 200 && (answer.body as { ok?: boolean }).ok !== false;
      res.writeHead(answer.status, { 'content-type': 'application/json', ...(answer.headers ?? {}) });
      res.end(JSON.stringify(answer.body));
    };
    if (method === 'chat.postMessage' && this.mode.kind === 'rate-limited') {
      return send({
        status: 429,
        headers: { 'retry-after': String(this.mode.retryAfterSeconds) },
        body: { ok: false, error: 'ratelimited' },
      });
    }
    const answer = () => {
      const index = this.planned.findIndex((p) => p.method === method);
      send(
        index >= 0 ? this.planned.splice(index, 1)[0]!.answer : this.normalAnswer(method, body, call.token),
      );
    };
    if (method === 'chat.postMessage' && this.mode.kind === 'hold') {
      this.held.push({ answer, open: () => !callerGone() });
      return;
    }
    answer();
  }

  private normalAnswer(
    method: string,
    body: Record<string, unknown>,
    token?: string,
  ): { status: number; body: unknown } {
    const ts = `1700000000.${String(++this.seq).padStart(6, '0')}`;
    switch (method) {
      case 'oauth.v2.access': {
        const install = this.codes.get(String(body.code));
        if (install === undefined) return { status: 200, body: { ok: false, error: 'invalid_code' } };
        this.codes.delete(String(body.code));
        return {
          status: 200,
          body: {
            ok: true,
            app_id: 'A0BRIEF',
            authed_user: { id: 'U0ALICE' },
            scope: 'commands,chat:write',
            token_type: 'bot',
            access_token: install.token,
            bot_user_id: 'UBRIEFBOT',
            team: { id: install.team, name: `Team ${install.team}` },
            enterprise: null,
            is_enterprise_install: false,
          },
        };
      }
      case 'auth.test':
        return {
          status: 200,
          body: {
            ok: true,
            url: 'https://fake.slack.com/',
            team: 'Fake',
            user: 'briefbot',
            team_id: (token !== undefined ? this.tokenTeams.get(token) : undefined) ?? 'T0FAKE',
            user_id: 'UBRIEFBOT',
            bot_id: 'BBRIEFBOT',
          },
        };
      case 'chat.postMessage':
        this.live.set(ts, String(body.channel));
        return {
          status: 200,
          body: { ok: true, channel: body.channel, ts, message: { text: body.text, ts } },
        };
      case 'chat.update':
        // https://api.slack.com/methods/chat.update: answers with the same channel and ts.
        if (typeof body.ts !== 'string' || this.live.get(body.ts) !== body.channel)
          return { status: 200, body: { ok: false, error: 'message_not_found' } };
        return {
          status: 200,
          body: {
            ok: true,
            channel: body.channel,
            ts: body.ts,
            text: body.text,
            message: { text: body.text },
          },
        };
      case 'chat.delete':
        // https://api.slack.com/methods/chat.delete
        if (typeof body.ts !== 'string' || !this.live.delete(body.ts))
          return { status: 200, body: { ok: false, error: 'message_not_found' } };
        return { status: 200, body: { ok: true, channel: body.channel, ts: body.ts } };
      case 'conversations.open': {
        // https://api.slack.com/methods/conversations.open: the person's direct-message channel, "D…".
        const users = String(body.users ?? '');
        if (!/^[UW][A-Z0-9]+$/.test(users))
          return { status: 200, body: { ok: false, error: 'user_not_found' } };
        return { status: 200, body: { ok: true, channel: { id: `D${users.slice(1)}` } } };
      }
      case 'views.open': {
        // https://api.slack.com/methods/views.open: needs a trigger_id and a view; answers with the view.
        const view =
          typeof body.view === 'string' ? (JSON.parse(body.view) as Record<string, unknown>) : body.view;
        if (typeof body.trigger_id !== 'string' || body.trigger_id === '')
          return { status: 200, body: { ok: false, error: 'invalid_trigger_id' } };
        if (!view || typeof view !== 'object')
          return { status: 200, body: { ok: false, error: 'invalid_arguments' } };
        return { status: 200, body: { ok: true, view: { id: `V${++this.seq}`, ...view } } };
      }
      case 'chat.postEphemeral':
        return { status: 200, body: { ok: true, message_ts: ts } };
      case 'response_url':
        return { status: 200, body: { ok: true } };
      case 'chat.getPermalink':
        return {
          status: 200,
          body: {
            ok: true,
            channel: body.channel,
            permalink: `https://fake.slack.com/archives/${String(body.channel)}/p${String(body.message_ts).replace('.', '')}`,
          },
        };
      case 'reactions.add':
      case 'reactions.remove':
        return { status: 200, body: { ok: true } };
      case 'users.info': {
        const id = String(body.user);
        const admin = this.admins.has(id);
        return {
          status: 200,
          body: { ok: true, user: { id, name: id.toLowerCase(), is_admin: admin, is_owner: false } },
        };
      }
      case 'apps.connections.open':
        return this.socketModeUrl === undefined
          ? { status: 200, body: { ok: false, error: 'invalid_auth' } }
          : { status: 200, body: { ok: true, url: this.socketModeUrl } };
      default:
        return { status: 200, body: { ok: false, error: 'unknown_method' } };
    }
  }
}

function bearer(req: http.IncomingMessage): string | undefined {
  const auth = req.headers.authorization;
  return auth?.startsWith('Bearer ') ? auth.slice('Bearer '.length) : undefined;
}

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) return JSON.parse(raw || '{}') as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    out[key] = key === 'blocks' || key === 'attachments' || key === 'view' ? JSON.parse(value) : value;
  }
  return out;
}

export async function startFakeSlackApi(): Promise<FakeSlackApi> {
  const holder: { fake?: FakeSlackApi } = {};
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = req.url ?? '/';
      const body = parseBody(Buffer.concat(chunks).toString('utf8'), req.headers['content-type']);
      const api = /^\/api\/([\w.]+)/.exec(url);
      const hook = /^\/response\/([\w-]+)/.exec(url);
      const fake = holder.fake;
      if (!fake || (!api && !hook)) {
        res.writeHead(404).end();
        return;
      }
      if (api) fake.handle(req, res, api[1]!, body);
      else fake.handle(req, res, 'response_url', body, hook![1]!);
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  holder.fake = new FakeSlackApi(server, `http://127.0.0.1:${port}`);
  return holder.fake;
}
