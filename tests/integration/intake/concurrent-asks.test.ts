import { dispatchCommand } from '../../../commands/dispatch';
import { createInputSide, type InputSide } from '../../../src/app/process/input-side';
import { fixedClock } from '../../../src/clock/clock';
import { loadConfig } from '../../../src/config/config';
import { silentLogger } from '../../../src/logging/logger';
import { deletePrefix } from '../../support/test-service';
import { fixedManagerCheck } from '../../fakes/fixed-manager-check';
import { testRedisUrl, uniquePrefix } from '../../support/redis';

describe('100 people asking for the same link at the same moment', () => {
  const prefix = uniquePrefix('asks');
  let input: InputSide;

  beforeAll(async () => {
    input = await createInputSide(
      loadConfig({ REDIS_URL: testRedisUrl(), BRIEFBOT_PREFIX: prefix, LOG_LEVEL: 'silent' }),
      silentLogger(),
    );
  });

  afterAll(async () => {
    await input?.close();
    await deletePrefix(testRedisUrl(), prefix);
  });

  it('get exactly one "Queued" and 99 "Already working", and one job exists', async () => {
    const url = 'https://news.example/2026/12/01/council-vote';
    const replies = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        dispatchCommand(url, {
          platform: 'slack',
          channel: `C${i}`,
          user: `U${i}`,
          requester: { user: `U${i}` },
          access: fixedManagerCheck(true),
          deps: {
            intake: input.intake,
            settings: input.channelSettings,
            clock: fixedClock('2026-12-01T09:00:00Z'),
          },
        }),
      ),
    );
    const first = replies.map((r) => r.text.split(' ')[0]);
    expect(first.filter((w) => w === 'Queued')).toHaveLength(1);
    expect(first.filter((w) => w === 'Already')).toHaveLength(99);
    expect(await input.queues.briefs.getJobCounts('waiting')).toEqual({ waiting: 1 });
  });
});
