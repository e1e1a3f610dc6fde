import { Queue, UnrecoverableError, Worker } from 'bullmq';
import { fixedClock } from '../../../src/clock/clock';
import { basicAuth } from '../../../src/http/admin-board';
import { createHttpApp } from '../../../src/http/create-http-app';
import { STATUS_PAGE_PATH, createStatusRouter } from '../../../src/http/status-page/status-router';
import { silentLogger } from '../../../src/logging/logger';
import { redisConnectionOptions } from '../../support/events-harness';
import { uniquePrefix } from '../../support/redis';

const now = Date.parse('2026-12-01T08:00:00Z');
const login = `Basic ${Buffer.from('ops:pw-7c1').toString('base64')}`;

describe('the admin status page', () => {
  const connection = redisConnectionOptions();
  const prefix = uniquePrefix('status');
  const make = (name: string) => new Queue(name, { connection, prefix });
  const briefs = make('briefs');
  const deliveries = make('deliveries');
  const reminders = make('reminders');
  let base: string;
  let close: () => Promise<void>;

  /** Runs the queue's jobs through a worker that fails each with the job's own `reason`. */
  async function failAll(queue: Queue, count: number): Promise<void> {
    let failed = 0;
    const worker = new Worker(
      queue.name,
      async (job) => {
        throw new UnrecoverableError(String((job.data as { reason: string }).reason));
      },
      { connection, prefix },
    );
    await new Promise<void>((resolve) => worker.on('failed', () => ++failed === count && resolve()));
    await worker.close();
  }

  beforeAll(async () => {
    await briefs.add('brief', { url: 'https://news.example/gone', reason: 'the site answered 404' });
    await briefs.add('brief', { url: 'https://news.example/x', reason: '<script>alert(1)</script> blocked' });
    await failAll(briefs, 2);
    const dest = (platform: string) => ({ key: 'ab12cd34', destination: { platform, channel: 'C1' } });
    await deliveries.add('deliver', { ...dest('slack'), reason: 'not_in_channel' });
    await deliveries.add('deliver', { ...dest('slack'), reason: 'channel_not_found' });
    await deliveries.add('deliver', { ...dest('discord'), reason: 'Missing Access' });
    await failAll(deliveries, 3);
    const reminder = (eventId: string, inMs: number) => ({
      platform: 'slack',
      channel: 'C0NEWS',
      eventId,
      lead: '1h',
      at: now + inMs,
    });
    await reminders.add('remind', reminder('evsoon', 2 * 3_600_000), { delay: 3_600_000 });
    await reminders.add('remind', reminder('evlater', 3 * 86_400_000), { delay: 3_600_000 });

    const http = createHttpApp();
    http.routes.mount(
      STATUS_PAGE_PATH,
      basicAuth('ops', 'pw-7c1'),
      createStatusRouter({
        queues: { all: [briefs, deliveries, reminders], deliveries, reminders },
        clock: fixedClock(new Date(now)),
        eventLabel: async (_platform, _channel, id) =>
          id === 'evsoon' ? 'council vote on night buses' : null,
        boardHref: '/admin/queues',
        logger: silentLogger(),
      }),
    );
    const listening = await http.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${listening.port}`;
    close = listening.close;
  });

  afterAll(async () => {
    await close?.();
    for (const q of [briefs, deliveries, reminders]) {
      await q.obliterate({ force: true });
      await q.close();
    }
  });

  it('asks for the admin login', async () => {
    const res = await fetch(`${base}/admin`);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Basic/);
  });

  it('shows queue counts, the last failures with reasons, delivery errors per platform and the next 24 h of reminders', async () => {
    const res = await fetch(`${base}/admin`, { headers: { authorization: login } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toMatch(/^private/);
    const page = (await res.text()).replace(/\s+/g, ' ').replace(/> </g, '><');
    expect(page).toContain('<th scope="row">briefs</th><td>0</td><td>0</td><td>0</td><td>2</td><td>0</td>');
    expect(page).toContain(
      '<th scope="row">reminders</th><td>0</td><td>0</td><td>2</td><td>0</td><td>0</td>',
    );
    expect(page).toContain('the site answered 404');
    expect(page).toContain('https://news.example/gone');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; blocked');
    expect(page).not.toContain('<script>');
    expect(page).toMatch(/<th scope="row">discord<\/th><td>1<\/td><td>Missing Access/);
    expect(page).toMatch(/<th scope="row">slack<\/th><td>2<\/td><td>(not_in_channel|channel_not_found)/);
    expect(page).toContain(
      '<span class="when">2026-12-01 10:00 UTC</span> · slack C0NEWS · council vote on night buses',
    );
    expect(page).not.toContain('2026-12-04');
    expect(page).toContain('href="/admin/queues"');
    expect(page).toContain('Followed feeds are not part of this briefbot yet.');
  });
});
