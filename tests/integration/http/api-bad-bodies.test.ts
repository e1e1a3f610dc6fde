import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { createBriefsApiRouter } from '../../../src/http/briefs-api-router';
import { RecordingIntake } from '../../fakes/recording-intake';

const token = 'test-api-token-0123456789';

describe('POST /api/briefs with a body it cannot read', () => {
  let server: Server;
  let base: string;
  const intake = new RecordingIntake();

  beforeAll(async () => {
    const app = express().use(
      '/api',
      createBriefsApiRouter({
        apiToken: token,
        intake,
        states: { state: async () => ({ state: 'unknown' }) },
        jobState: async () => 'unknown',
      }),
    );
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const post = (body: string) =>
    fetch(`${base}/api/briefs`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body,
    });

  it('answers malformed JSON with a JSON 400 and no stack trace', async () => {
    const res = await post('{"url": "https://news.example/a",');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ error: 'the body is not valid JSON: expected {"url": "https://…"}' });
    expect(text).not.toMatch(/at .*\.js:\d+|SyntaxError/);
    expect(intake.submissions).toHaveLength(0);
  });

  it('answers a body over 16 KB with a JSON 413', async () => {
    const res = await post(JSON.stringify({ url: `https://news.example/${'a'.repeat(20_000)}` }));
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: 'the body is larger than 16 KB' });
  });
});

describe('POST /api/briefs and the test-only platform', () => {
  let server: Server;
  let base: string;
  const intake = new RecordingIntake();

  beforeAll(async () => {
    // The test platform is registered in this process (jest setupFiles), as a test adapter would;
    // the API is built as production builds it, without naming it.
    const app = express().use(
      '/api',
      createBriefsApiRouter({
        apiToken: token,
        intake,
        states: { state: async () => ({ state: 'unknown' }) },
        jobState: async () => 'unknown',
      }),
    );
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const post = (destination: unknown) =>
    fetch(`${base}/api/briefs`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ url: 'https://news.example/a', destination }),
    });

  it('refuses platform "test" with a 400 that names only Slack and Discord, and queues nothing', async () => {
    const res = await post({ platform: 'test', channel: 'C1' });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({
      error: 'expected {"url": "https://…", "destination"?: {"platform", "channel"}}',
      issues: ['destination.platform must be "slack" or "discord"'],
    });
    expect(text).not.toMatch(/test/);
    expect(intake.submissions).toHaveLength(0);
  });

  it('refuses an unknown platform without listing test-only ones', async () => {
    const res = await post({ platform: 'irc', channel: 'C1' });
    expect(res.status).toBe(400);
    expect(await res.text()).not.toMatch(/test/);
  });

  it('accepts Slack and Discord destinations', async () => {
    expect((await post({ platform: 'slack', channel: 'C1' })).status).toBe(202);
    expect((await post({ platform: 'discord', channel: '123' })).status).toBe(202);
    expect(intake.submissions.map((s) => s.destination?.platform)).toEqual(['slack', 'discord']);
  });
});
