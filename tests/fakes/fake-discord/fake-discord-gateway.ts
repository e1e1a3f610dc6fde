import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/** Gateway opcodes, https://discord.com/developers/docs/topics/opcodes-and-status-codes#gateway-gateway-opcodes */
const OP = {
  dispatch: 0,
  heartbeat: 1,
  identify: 2,
  resume: 6,
  reconnect: 7,
  invalidSession: 9,
  hello: 10,
  heartbeatAck: 11,
} as const;

interface GatewayPayload {
  op: number;
  d: unknown;
  s?: number | null;
  t?: string | null;
}

/** Privileged intents, https://discord.com/developers/docs/events/gateway#privileged-intents */
const PRIVILEGED_INTENTS = (1 << 1) | (1 << 8) | (1 << 15); // GuildMembers | GuildPresences | MessageContent

/** What the fake gateway saw, for assertions. */
export interface GatewayLog {
  /** Every IDENTIFY, refused ones included (`refused: true`). */
  identifies: { token: string; intents: number; refused: boolean; shard?: [number, number] }[];
  resumes: { session_id: string; seq: number }[];
  heartbeats: number;
  connections: number;
}

/**
 * A fake Discord gateway on 127.0.0.1 speaking the real protocol (JSON encoding, no compression):
 * HELLO, IDENTIFY → READY (+ GUILD_CREATE), heartbeats → ACK, RESUME → replay + RESUMED,
 * and dispatches of whatever events a test sends. https://discord.com/developers/docs/events/gateway
 */
export class FakeDiscordGateway {
  readonly log: GatewayLog = { identifies: [], resumes: [], heartbeats: 0, connections: 0 };
  private wss: WebSocketServer | undefined;
  private socket: WebSocket | undefined;
  private seq = 0;
  private history: GatewayPayload[] = [];
  private sessionId = '';
  private waiters: { event: string; resolve: () => void }[] = [];
  /** Sessions of a sharded bot (IDENTIFY with shard [id, count > 1]), by shard id. */
  private readonly shardSessions = new Map<number, { socket: WebSocket; seq: number }>();
  private shardCount = 1;
  url = '';
  /**
   * When true, an IDENTIFY asking for a privileged intent is answered by closing with 4014
   * "Disallowed intent(s)", as Discord does when the switch in the Developer Portal is off.
   */
  refusePrivilegedIntents: boolean;

  constructor(
    private readonly options: {
      applicationId: string;
      guildId: string;
      channelIds: string[];
      heartbeatIntervalMs?: number;
      refusePrivilegedIntents?: boolean;
      /** More guilds the bot is in; with several shards each guild lives on shard (id >> 22) % count. */
      extraGuildIds?: string[];
    },
  ) {
    this.refusePrivilegedIntents = options.refusePrivilegedIntents ?? false;
  }

  async start(): Promise<void> {
    this.wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => this.wss?.once('listening', () => resolve()));
    this.url = `ws://127.0.0.1:${(this.wss.address() as AddressInfo).port}`;
    this.wss.on('connection', (socket, req) => this.onConnection(socket, req.url ?? ''));
  }

  async stop(): Promise<void> {
    for (const client of this.wss?.clients ?? []) client.terminate();
    await new Promise<void>((resolve) => (this.wss ? this.wss.close(() => resolve()) : resolve()));
  }

  /** Resolves when the gateway next sees `event` ("identify", "refused" for a 4014, "resume", "ready", "resumed"). */
  next(event: 'identify' | 'refused' | 'resume' | 'ready' | 'resumed'): Promise<void> {
    return new Promise((resolve) => this.waiters.push({ event, resolve }));
  }

  /**
   * Sends a dispatch (op 0) with the next sequence number to the session that identified or resumed
   * last (as Discord routes to the live session); kept for replay on RESUME.
   */
  dispatch(t: string, d: unknown): void {
    const guildId = (d as { guild_id?: unknown } | null)?.guild_id;
    const shard =
      typeof guildId === 'string' ? this.shardSessions.get(shardOf(guildId, this.shardCount)) : undefined;
    if (shard) {
      shard.socket.send(JSON.stringify({ op: OP.dispatch, t, s: ++shard.seq, d }));
      return;
    }
    const payload: GatewayPayload = { op: OP.dispatch, t, s: ++this.seq, d };
    this.history.push(payload);
    this.socket?.send(JSON.stringify(payload));
  }

  /** Drops the connection without a close frame (code 1006 on the client), as a network cut would. */
  drop(): void {
    this.socket?.terminate();
    this.socket = undefined;
  }

  private emit(event: string): void {
    const ready = this.waiters.filter((w) => w.event === event);
    this.waiters = this.waiters.filter((w) => w.event !== event);
    for (const w of ready) w.resolve();
  }

  private onConnection(socket: WebSocket, path: string): void {
    this.log.connections += 1;
    const query = new URLSearchParams(path.split('?')[1] ?? '');
    if (query.get('encoding') !== 'json' || query.get('v') !== '10') {
      socket.close(4012, 'Invalid API version');
      return;
    }
    socket.send(
      JSON.stringify({
        op: OP.hello,
        d: { heartbeat_interval: this.options.heartbeatIntervalMs ?? 41_250 },
        s: null,
        t: null,
      }),
    );
    socket.on('message', (data) => this.onMessage(socket, JSON.parse(String(data)) as GatewayPayload));
  }

  private onMessage(socket: WebSocket, payload: GatewayPayload): void {
    if (payload.op === OP.heartbeat) {
      this.log.heartbeats += 1;
      socket.send(JSON.stringify({ op: OP.heartbeatAck, d: null }));
      return;
    }
    if (payload.op === OP.identify) {
      const d = payload.d as { token: string; intents: number; shard?: [number, number] };
      const refused = this.refusePrivilegedIntents && (d.intents & PRIVILEGED_INTENTS) !== 0;
      this.log.identifies.push({
        token: d.token,
        intents: d.intents,
        refused,
        ...(d.shard ? { shard: d.shard } : {}),
      });
      this.emit('identify');
      if (refused) {
        // https://discord.com/developers/docs/topics/opcodes-and-status-codes#gateway-gateway-close-event-codes
        socket.close(4014, 'Disallowed intent(s).');
        this.emit('refused');
        return;
      }
      const [shardId, shardCount] = d.shard ?? [0, 1];
      if (shardCount > 1) {
        // https://discord.com/developers/docs/events/gateway#sharding: guild events go to shard (guild_id >> 22) % count.
        this.shardCount = shardCount;
        const session = { socket, seq: 0 };
        this.shardSessions.set(shardId, session);
        const guilds = this.guildIds().filter((g) => shardOf(g, shardCount) === shardId);
        const send = (t: string, data: unknown) =>
          socket.send(JSON.stringify({ op: OP.dispatch, t, s: ++session.seq, d: data }));
        send('READY', {
          ...(this.readyData() as object),
          shard: [shardId, shardCount],
          session_id: randomBytes(8).toString('hex'),
          guilds: guilds.map((id) => ({ id, unavailable: true })),
        });
        this.emit('ready');
        for (const g of guilds) send('GUILD_CREATE', this.guildData(g));
        return;
      }
      this.socket = socket;
      this.sessionId = randomBytes(8).toString('hex');
      this.history = [];
      this.seq = 0;
      this.dispatch('READY', this.readyData());
      this.emit('ready');
      for (const g of this.guildIds()) this.dispatch('GUILD_CREATE', this.guildData(g));
      return;
    }
    if (payload.op === OP.resume) {
      const d = payload.d as { session_id: string; seq: number };
      this.log.resumes.push({ session_id: d.session_id, seq: d.seq });
      this.emit('resume');
      if (d.session_id !== this.sessionId) {
        socket.send(JSON.stringify({ op: OP.invalidSession, d: false }));
        return;
      }
      this.socket = socket;
      for (const missed of this.history.filter((p) => (p.s ?? 0) > d.seq))
        socket.send(JSON.stringify(missed));
      this.dispatch('RESUMED', {});
      this.emit('resumed');
    }
  }

  private readyData(): unknown {
    return {
      v: 10,
      user: {
        id: '900000000000000001',
        username: 'briefbot',
        discriminator: '0',
        global_name: null,
        avatar: null,
        bot: true,
        flags: 0,
      },
      guilds: this.guildIds().map((id) => ({ id, unavailable: true })),
      session_id: this.sessionId,
      resume_gateway_url: this.url,
      shard: [0, 1],
      application: { id: this.options.applicationId, flags: 0 },
    };
  }

  private guildIds(): string[] {
    return [this.options.guildId, ...(this.options.extraGuildIds ?? [])];
  }

  private guildData(guildId: string): unknown {
    return {
      id: guildId,
      name: 'Newsroom',
      icon: null,
      owner_id: '800000000000000001',
      unavailable: false,
      member_count: 2,
      large: false,
      joined_at: '2024-01-01T00:00:00.000Z',
      features: [],
      roles: [
        {
          id: guildId,
          name: '@everyone',
          permissions: '1024',
          position: 0,
          color: 0,
          hoist: false,
          managed: false,
          mentionable: false,
          flags: 0,
        },
      ],
      channels: (guildId === this.options.guildId
        ? this.options.channelIds
        : [channelOfExtraGuild(guildId)]
      ).map((id, i) => ({
        id,
        type: 0,
        name: `news-${i}`,
        guild_id: guildId,
        position: i,
        permission_overwrites: [],
      })),
      threads: [],
      members: [],
      presences: [],
      voice_states: [],
      emojis: [],
      stickers: [],
      stage_instances: [],
      guild_scheduled_events: [],
      preferred_locale: 'en-US',
    };
  }
}

/** The shard a guild's events go to, https://discord.com/developers/docs/events/gateway#sharding */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** The one text channel of an extra guild (`extraGuildIds`): the guild id plus one. */
export function channelOfExtraGuild(guildId: string): string {
  return String(BigInt(guildId) + 1n);
}
