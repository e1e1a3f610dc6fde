import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPlaceholderPoster } from '../../../src/chat/slack/slack-placeholder-poster';
import { startFakeSlackApi, type FakeSlackApi } from '../../fakes/fake-slack-api';

describe('the "Briefing <host>…" placeholder post (chat.postMessage on a kept-alive connection)', () => {
  let fake: FakeSlackApi;

  beforeAll(async () => {
    fake = await startFakeSlackApi();
  });
  afterAll(async () => {
    await fake.close();
  });

  it('posts the text in the channel with the given token and answers the message ts', async () => {
    const post = createPlaceholderPoster({ apiUrl: fake.apiUrl });
    const ts = await post('xoxb-team-a', 'C0PORTS', 'Briefing example.com…');
    const [call] = fake.calls.filter((c) => c.method === 'chat.postMessage' && c.channel === 'C0PORTS');
    expect(call).toMatchObject({ text: 'Briefing example.com…', token: 'xoxb-team-a', ok: true });
    expect(ts).toMatch(/^\d+\.\d+$/);
    expect(fake.live.get(ts!)).toBe('C0PORTS');
  });

  it('answers null when Slack refuses (not invited) or limits the rate: no placeholder, nothing retried', async () => {
    const post = createPlaceholderPoster({ apiUrl: fake.apiUrl });
    fake.failNext('chat.postMessage', 'not_in_channel');
    expect(await post('xoxb-team-a', 'C0SHUT', 'Briefing example.com…')).toBeNull();
    fake.rateLimitNext('chat.postMessage', 5);
    expect(await post('xoxb-team-a', 'C0BUSY', 'Briefing example.com…')).toBeNull();
    expect(fake.calls.filter((c) => c.channel === 'C0SHUT' || c.channel === 'C0BUSY')).toHaveLength(2);
  });

  it('answers null when Slack cannot be reached', async () => {
    const post = createPlaceholderPoster({ apiUrl: 'http://127.0.0.1:9/api/' });
    expect(await post('xoxb-team-a', 'C0GONE', 'Briefing example.com…')).toBeNull();
  });

  it('posts again on a fresh connection when the kept-alive one was closed before any answer', async () => {
    // A server that drops every connection's second request unanswered, as a closed idle connection does.
    const seen = new WeakMap<object, number>();
    let answered = 0;
    const server = http.createServer((req, res) => {
      const n = (seen.get(req.socket) ?? 0) + 1;
      seen.set(req.socket, n);
      req.resume();
      if (n > 1) return void req.socket.destroy();
      req.on('end', () => {
        answered++;
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: true, channel: 'C0ONE', ts: `1700000000.00000${answered}` }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const post = createPlaceholderPoster({ apiUrl: `http://127.0.0.1:${port}/api/` });
      expect(await post('xoxb-team-a', 'C0ONE', 'Briefing a.example…')).toBe('1700000000.000001');
      expect(await post('xoxb-team-a', 'C0ONE', 'Briefing b.example…')).toBe('1700000000.000002');
      expect(answered).toBe(2);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
