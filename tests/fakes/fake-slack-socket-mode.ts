import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/** An acknowledgement the app sent back over the socket: `{ envelope_id, payload }`. */
export interface SocketModeAck {
  envelope_id: string;
  payload: Record<string, unknown>;
}

/**
 * A fake Slack Socket Mode endpoint on 127.0.0.1 for the real Bolt SocketModeReceiver
 * (https://api.slack.com/apis/socket-mode): the fake Web API hands out `url` from
 * `apps.connections.open`; on connect this server says `hello`, then `send` pushes envelopes
 * (slash_commands, events_api) and every ack the app returns is recorded in `acks`.
 */
export class FakeSlackSocketMode {
  readonly acks: SocketModeAck[] = [];
  private socket: WebSocket | undefined;
  private seq = 0;

  private constructor(
    private readonly wss: WebSocketServer,
    readonly url: string,
  ) {
    wss.on('connection', (socket) => {
      this.socket = socket;
      socket.on('message', (data) => {
        const message = JSON.parse(String(data)) as Partial<SocketModeAck>;
        if (typeof message.envelope_id === 'string')
          this.acks.push({ envelope_id: message.envelope_id, payload: message.payload ?? {} });
      });
      socket.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake' } }));
    });
  }

  static async start(): Promise<FakeSlackSocketMode> {
    const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
    const { port } = wss.address() as AddressInfo;
    return new FakeSlackSocketMode(wss, `ws://127.0.0.1:${port}/link`);
  }

  /** Whether an app is connected right now. */
  get connected(): boolean {
    return this.socket !== undefined && this.socket.readyState === this.socket.OPEN;
  }

  /** Sends one envelope (`type`: "slash_commands", "events_api", …) and returns its envelope id. */
  send(type: string, payload: Record<string, unknown>): string {
    if (!this.socket) throw new Error('fake Socket Mode: no app connected');
    const envelopeId = `env-${++this.seq}`;
    this.socket.send(
      JSON.stringify({
        envelope_id: envelopeId,
        type,
        payload,
        accepts_response_payload: type !== 'events_api',
      }),
    );
    return envelopeId;
  }

  /** Waits for the app's ack of `envelopeId`; fails after `timeoutMs`. */
  async ackOf(envelopeId: string, timeoutMs = 5000): Promise<SocketModeAck> {
    for (let waited = 0; waited < timeoutMs; waited += 20) {
      const ack = this.acks.find((a) => a.envelope_id === envelopeId);
      if (ack) return ack;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`fake Socket Mode: no ack for ${envelopeId}`);
  }

  close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    return new Promise((resolve) => this.wss.close(() => resolve()));
  }
}
