import { Redis } from 'ioredis';
import { dispatchCommand } from '../../../commands/dispatch';
import type { CommandDeps } from '../../../commands/command-deps';
import { startBot, type RunningBot } from '../../../src/app/roots/bot';
import { createEventsModule, eventsCommandDeps } from '../../../src/app/process/events-wiring';
import { systemClock } from '../../../src/clock/clock';
import { loadConfig } from '../../../src/config/config';
import { silentLogger } from '../../../src/logging/logger';
import { startThrowawayRedis, type ThrowawayRedis } from '../../support/redis-server';
import { fixedManagerCheck } from '../../fakes/fixed-manager-check';
import { uniquePrefix } from '../../support/redis';

const UNAVAILABLE = /^briefbot can’t reach its queue right now/;
const writes = [
  'https://news.example/2026/12/01/vote',
  'watch on',
  'digest 08:00',
  'remind 1d',
  'tz Europe/Paris',
];
const reads = ['events', 'calendar', 'help'];

describe('while Redis refuses writes (noeviction, out of memory) and while it is down', () => {
  let redis: ThrowawayRedis;
  let admin: Redis;
  let bot: RunningBot;
  let run: (text: string) => Promise<string>;

  beforeAll(async () => {
    redis = await startThrowawayRedis();
    admin = new Redis(redis.url);
    const config = loadConfig({
      REDIS_URL: redis.url,
      BRIEFBOT_PREFIX: uniquePrefix('oom'),
      LOG_LEVEL: 'silent',
      PUBLIC_URL: 'https://briefbot.example.org',
    });
    const logger = silentLogger();
    bot = await startBot({ config, logger, plugins: [], port: 0, host: '127.0.0.1' });
    const deps: CommandDeps = {
      intake: bot.input.intake,
      settings: bot.input.channelSettings,
      clock: systemClock,
      ...eventsCommandDeps({
        config,
        logger,
        routes: bot.http.routes,
        intake: bot.input.intake,
        channelSettings: bot.input.channelSettings,
        queues: bot.input.queues,
        redis: bot.input.redis,
        clock: systemClock,
        events: createEventsModule({
          config,
          logger,
          clock: systemClock,
          queues: bot.input.queues,
          redis: bot.input.redis,
          channelSettings: bot.input.channelSettings,
        }),
      }),
    };
    run = async (text) =>
      (
        await dispatchCommand(text, {
          platform: 'slack',
          channel: 'C-OOM',
          user: 'U1',
          requester: { user: 'U1' },
          access: fixedManagerCheck(true),
          deps,
        })
      ).text;
  });

  afterAll(async () => {
    await bot?.close();
    admin?.disconnect();
    await redis?.stop();
  });

  it('answers every write subcommand with the queue-unavailable text, and /readyz 503', async () => {
    await admin.config('SET', 'maxmemory', '1');
    try {
      for (const command of writes)
        expect([command, await run(command)]).toEqual([command, expect.stringMatching(UNAVAILABLE)]);
      for (const command of reads) expect(await run(command)).not.toMatch(/went wrong/i);
      const ready = await fetch(`http://127.0.0.1:${bot.port}/readyz`, { signal: AbortSignal.timeout(1000) });
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({
        status: 'unavailable',
        error: expect.stringMatching(/refuses writes/),
      });
    } finally {
      await admin.config('SET', 'maxmemory', '0');
    }
    const ready = await fetch(`http://127.0.0.1:${bot.port}/readyz`);
    expect(ready.status).toBe(200);
  });

  it('answers every subcommand but help with the queue-unavailable text while Redis is down', async () => {
    await redis.stop();
    try {
      for (const command of [...writes, 'events', 'calendar']) {
        const started = Date.now();
        expect([command, await run(command)]).toEqual([command, expect.stringMatching(UNAVAILABLE)]);
        expect(Date.now() - started).toBeLessThan(2000);
      }
      expect(await run('help')).toMatch(/\/brief/);
    } finally {
      await redis.restart();
    }
  });
});
