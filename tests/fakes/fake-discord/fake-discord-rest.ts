import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the fake Discord REST API received. */
export interface RecordedCall {
  method: string;
  /** Path below /api/v10, e.g. "/channels/123/messages". */
  path: string;
  query: URLSearchParams;
  authorization: string | undefined;
  body: unknown;
}

/** A fault to answer instead of the normal response, for the next matching request(s). */
export interface InjectedFault {
  method: string;
  path: RegExp;
  /** 429: rate limited (with retry_after and X-RateLimit-* headers); 5xx: server error. */
  status: number;
  /** Seconds, for 429. */
  retryAfter?: number;
  global?: boolean;
  /** For 5xx: do the work first (e.g. create the message), then answer the error, like a lost response. */
  afterHandling?: boolean;
  times?: number;
}

/** A message the fake keeps per channel. */
export interface StoredMessage {
  id: string;
  channel_id: string;
  content: string;
  embeds: unknown[];
  nonce?: string;
  body: Record<string, unknown>;
}

let snowflake = 1_100_000_000_000_000_000n;
export function nextSnowflake(): string {
  snowflake += 1n;
  return snowflake.toString();
}

/**
 * A fake Discord REST API on 127.0.0.1 (base `${url}/api`, version 10): records every call and answers
 * like Discord for the routes briefbot and discord.js use. https://discord.com/developers/docs/reference
 */
export class FakeDiscordRest {
  readonly calls: RecordedCall[] = [];
  readonly messages: StoredMessage[] = [];
  /** Direct-message channels opened, by recipient user id (POST /users/@me/channels). */
  readonly dmChannels = new Map<string, string>();
  /** The channel of each interaction the gateway sent (by token), and its original response once made. */
  private readonly interactions = new Map<
    string,
    { channel: string; original?: StoredMessage; ephemeral?: boolean }
  >();
  private faults: InjectedFault[] = [];
  private server: http.Server | undefined;
  url = '';
  /** The shard count /gateway/bot recommends (`DISCORD_SHARDS=auto` follows it). */
  recommendedShards = 1;
  /** The websocket URL /gateway/bot hands out. */
  gatewayUrl = 'ws://127.0.0.1:1';

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** The DISCORD_API_URL to give the client. */
  get apiUrl(): string {
    return `${this.url}/api`;
  }

  /** Called for each INTERACTION_CREATE the gateway sends, so responses land in the right channel. */
  rememberInteraction(payload: { token?: unknown; channel_id?: unknown }): void {
    if (typeof payload.token === 'string' && typeof payload.channel_id === 'string')
      this.interactions.set(payload.token, { channel: payload.channel_id });
  }

  inject(fault: InjectedFault): void {
    this.faults.push({ times: 1, ...fault });
  }

  callsTo(method: string, path: RegExp): RecordedCall[] {
    return this.calls.filter((c) => c.method === method && path.test(c.path));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.url);
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v\d+/, '');
    const method = req.method ?? 'GET';
    let body: unknown = undefined;
    if (raw) {
      try {
        body = JSON.parse(raw);
      } catch {
        body = raw;
      }
    }
    this.calls.push({
      method,
      path,
      query: url.searchParams,
      authorization: req.headers.authorization,
      body,
    });

    const fault = this.faults.find((f) => f.method === method && f.path.test(path));
    if (fault) {
      fault.times = (fault.times ?? 1) - 1;
      if (fault.times <= 0) this.faults = this.faults.filter((f) => f !== fault);
      if (fault.status === 429) return this.rateLimited(res, fault);
      if (!fault.afterHandling) return this.json(res, fault.status, { message: 'Server error', code: 0 });
      this.route(method, path, body, url);
      return this.json(res, fault.status, { message: 'Server error', code: 0 });
    }
    const answer = this.route(method, path, body, url);
    if (answer.status === 204) {
      // Discord answers interaction callbacks with 204 and no JSON content type.
      res.writeHead(204, this.rateHeaders());
      res.end();
      return;
    }
    this.json(res, answer.status, answer.body);
  }

  private route(method: string, path: string, body: unknown, url: URL): { status: number; body?: unknown } {
    const b = (body ?? {}) as Record<string, unknown>;
    let m: RegExpExecArray | null;
    if (method === 'GET' && path === '/gateway/bot') {
      return {
        status: 200,
        body: {
          url: this.gatewayUrl,
          shards: this.recommendedShards,
          // max_concurrency > 1 lets a sharded client identify its shards at once instead of 5 s apart.
          session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 16 },
        },
      };
    }
    if (method === 'PUT' && (m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path))) {
      const defs = Array.isArray(body) ? (body as Record<string, unknown>[]) : [];
      return {
        status: 200,
        body: defs.map((d) => ({
          ...d,
          id: nextSnowflake(),
          application_id: m?.[1],
          guild_id: m?.[2],
          version: '1',
        })),
      };
    }
    if (method === 'POST' && (m = /^\/interactions\/\d+\/([^/]+)\/callback$/.exec(path))) {
      // Types 4 (message) and 5 (deferred) create the original response: a channel message unless
      // ephemeral (flags 64). https://discord.com/developers/docs/interactions/receiving-and-responding#create-interaction-response
      const known = this.interactions.get(m[1] ?? '');
      const type = Number(b.type);
      if (known && (type === 4 || type === 5) && !known.original) {
        const data = (b.data ?? {}) as Record<string, unknown>;
        known.ephemeral = (Number(data.flags ?? 0) & 64) !== 0;
        known.original = this.message(known.channel, data);
        if (!known.ephemeral) this.messages.push(known.original);
      }
      if (url.searchParams.get('with_response') === 'true') {
        return { status: 200, body: { interaction: { id: path.split('/')[2], type: 2 } } };
      }
      return { status: 204 };
    }
    if ((m = /^\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/.exec(path))) {
      const known = this.interactions.get(m[2] ?? '');
      const original = known?.original;
      if (known && original) {
        // https://discord.com/developers/docs/interactions/receiving-and-responding#edit-original-interaction-response
        if (method === 'DELETE') {
          const at = this.messages.indexOf(original);
          if (at >= 0) this.messages.splice(at, 1);
          delete known.original;
          return { status: 204 };
        }
        if (method === 'PATCH') {
          if (typeof b.content === 'string') original.content = b.content;
          if (Array.isArray(b.embeds)) original.embeds = b.embeds;
          original.body = { ...original.body, ...b };
          return { status: 200, body: this.asApiMessage(original) };
        }
        if (method === 'GET') return { status: 200, body: this.asApiMessage(original) };
      }
      if (known && !original && method !== 'POST')
        return { status: 404, body: { message: 'Unknown Message', code: 10008 } };
    }
    if ((m = /^\/webhooks\/(\d+)\/([^/]+)(\/messages\/@original)?$/.exec(path))) {
      if (method === 'DELETE') return { status: 204 };
      if (method === 'POST' || method === 'PATCH')
        return { status: 200, body: this.message(`webhook:${m[2]}`, b) };
    }
    if (
      (method === 'PUT' || method === 'DELETE') &&
      /^\/channels\/\d+\/messages\/\d+\/reactions\/[^/]+\/@me$/.test(path)
    )
      return { status: 204 };
    if (method === 'POST' && path === '/users/@me/channels') {
      const recipient = String(b.recipient_id ?? '');
      const existing = this.dmChannels.get(recipient) ?? nextSnowflake();
      this.dmChannels.set(recipient, existing);
      return {
        status: 200,
        body: {
          id: existing,
          type: 1,
          recipients: [
            { id: recipient, username: 'reader', discriminator: '0', avatar: null, global_name: null },
          ],
        },
      };
    }
    if (method === 'POST' && (m = /^\/channels\/(\d+)\/messages$/.exec(path))) {
      const channel = m[1] ?? '';
      const nonce = typeof b.nonce === 'string' ? b.nonce : undefined;
      const existing =
        b.enforce_nonce === true && nonce
          ? this.messages.find((x) => x.channel_id === channel && x.nonce === nonce)
          : undefined;
      if (existing) return { status: 200, body: this.asApiMessage(existing) };
      const stored = this.message(channel, b);
      this.messages.push(stored);
      return { status: 200, body: this.asApiMessage(stored) };
    }
    return { status: 404, body: { message: '404: Not Found', code: 0 } };
  }

  private message(channel: string, b: Record<string, unknown>): StoredMessage {
    const stored: StoredMessage = {
      id: nextSnowflake(),
      channel_id: channel,
      content: typeof b.content === 'string' ? b.content : '',
      embeds: Array.isArray(b.embeds) ? b.embeds : [],
      body: b,
    };
    if (typeof b.nonce === 'string') stored.nonce = b.nonce;
    return stored;
  }

  private asApiMessage(m: StoredMessage): Record<string, unknown> {
    return {
      id: m.id,
      channel_id: m.channel_id,
      type: 0,
      content: m.content,
      embeds: m.embeds,
      author: {
        id: '900000000000000001',
        username: 'briefbot',
        discriminator: '0',
        bot: true,
        avatar: null,
        global_name: null,
      },
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: 0,
      components: [],
      ...(m.nonce ? { nonce: m.nonce } : {}),
    };
  }

  private rateHeaders(): Record<string, string> {
    return {
      'x-ratelimit-limit': '5',
      'x-ratelimit-remaining': '4',
      'x-ratelimit-reset': String(Date.now() / 1000 + 1),
      'x-ratelimit-reset-after': '1',
      'x-ratelimit-bucket': 'fakebucket',
    };
  }

  private rateLimited(res: http.ServerResponse, fault: InjectedFault): void {
    const retryAfter = fault.retryAfter ?? 0.2;
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'retry-after': String(retryAfter),
      'x-ratelimit-limit': '5',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(Date.now() / 1000 + retryAfter),
      'x-ratelimit-reset-after': String(retryAfter),
      'x-ratelimit-bucket': 'fakebucket',
      'x-ratelimit-scope': fault.global ? 'global' : 'user',
    };
    if (fault.global) headers['x-ratelimit-global'] = 'true';
    res.writeHead(429, headers);
    res.end(
      JSON.stringify({
        message: 'You are being rate limited.',
        retry_after: retryAfter,
        global: fault.global ?? false,
        code: 0,
      }),
    );
  }

  private json(res: http.ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json', ...this.rateHeaders() });
    res.end(JSON.stringify(body));
  }
}
