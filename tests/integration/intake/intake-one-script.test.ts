import { Redis } from 'ioredis';
import { createInputSide, type InputSide } from '../../../src/app/process/input-side';
import { loadConfig } from '../../../src/config/config';
import { silentLogger } from '../../../src/logging/logger';
import { deletePrefix } from '../../support/test-service';
import { testRedisUrl, uniquePrefix } from '../../support/redis';

describe('intake admits a link in one cached script call', () => {
  const prefix = uniquePrefix('one-script');
  let input: InputSide;
  const watcher = new Redis(testRedisUrl(), { lazyConnect: true });
  let monitor: Awaited<ReturnType<Redis['monitor']>> | undefined;
  const seen: string[][] = [];

  beforeAll(async () => {
    input = await createInputSide(
      loadConfig({ REDIS_URL: testRedisUrl(), BRIEFBOT_PREFIX: prefix, LOG_LEVEL: 'silent' }),
      silentLogger(),
    );
    monitor = await watcher.monitor();
    // Commands a script runs show up too, with source "lua": only the client's own calls count.
    monitor.on('monitor', (_time: string, args: string[], source: string) => {
      if (source !== 'lua' && args.some((a) => a.startsWith(`${prefix}:`))) seen.push(args);
    });
  });

  afterAll(async () => {
    monitor?.disconnect();
    watcher.disconnect();
    await input?.close();
    await deletePrefix(testRedisUrl(), prefix);
  });

  const waitFor = async (what: () => boolean) => {
    for (let i = 0; i < 100 && !what(); i++) await new Promise((r) => setTimeout(r, 20));
  };

  it('sends EVALSHA (never the script text) to admit, attach and claim, then adds the job by id', async () => {
    const destination = { platform: 'slack' as const, channel: 'C0ONE', team: 'T0ONE' };
    const first = await input.intake.submit('https://news.example/2026/12/01/one', destination);
    const second = await input.intake.submit('https://news.example/2026/12/01/two', destination);
    expect(first.status).toBe('queued');
    expect(second.status).toBe('queued');
    await waitFor(() => seen.filter((a) => a[0]?.toLowerCase() === 'evalsha').length >= 4);
    const mine = seen.filter((a) => a.some((x) => x.includes(`brief-pending:${second.key}`)));
    // One call for the second link: EVALSHA with its five keys; no EVAL, no separate GET/SET/EXISTS.
    expect(mine.map((a) => a[0]?.toLowerCase())).toEqual(['evalsha']);
    expect(mine[0]?.[2]).toBe('5');
    expect(seen.some((a) => a[0]?.toLowerCase() === 'eval' && a.join(' ').includes(second.key))).toBe(false);
    expect(await input.queues.briefs.getJobCounts('waiting')).toEqual({ waiting: 2 });
    const pending = await input.redis.smembers(`${prefix}:brief-pending:${second.key}`);
    expect(pending.map((p) => JSON.parse(p) as { team?: string })).toEqual([
      expect.objectContaining({ team: 'T0ONE' }),
    ]);
  });

  it('answers a second asker of the same link "attached" and adds no second job', async () => {
    const again = await input.intake.submit('https://news.example/2026/12/01/one', {
      platform: 'slack',
      channel: 'C0TWO',
    });
    expect(again.status).toBe('attached');
    expect(await input.queues.briefs.getJobCounts('waiting')).toEqual({ waiting: 2 });
  });

  it('replaces a finished leftover job (its brief expired) and says "Queued" again', async () => {
    const url = 'https://news.example/2026/12/01/leftover';
    const asked = await input.intake.submit(url, { platform: 'slack', channel: 'C0OLD' });
    const id = `brief-${asked.key}`;
    // As BullMQ leaves a job it finished (kept by removeOnComplete), with the brief long gone.
    await input.redis.hset(input.queues.briefs.toKey(id), 'finishedOn', String(Date.now() - 60_000));
    await input.redis.del(`${prefix}:intake-claim:${asked.key}`);
    const again = await input.intake.submit(url, { platform: 'slack', channel: 'C0OLD' });
    expect(again.status).toBe('queued');
    expect(await input.redis.hexists(input.queues.briefs.toKey(id), 'finishedOn')).toBe(0);
    expect(await input.queues.briefs.getJobState(id)).toBe('waiting');
  });
});
