import { createInputSide, type InputSide } from '../../../src/app/process/input-side';
import { startWorker, type RunningWorker } from '../../../src/app/roots/worker';
import type { ArticleSource } from '../../../src/briefing/article-source';
import { fixedClock } from '../../../src/clock/clock';
import { loadConfig } from '../../../src/config/config';
import { IntakeError } from '../../../src/intake/intake-port';
import { silentLogger } from '../../../src/logging/logger';
import { RecordingChatPort } from '../../fakes/recording-chat-port';
import { correctPortAnswer, portStrikeArticle } from '../../fixtures/openai/port-strike-article';
import { testRedisUrl } from '../../support/redis';
import { startOpenAIKit, type OpenAIKit } from '../../support/openai-test-kit';
import { waitFor } from '../../support/wait-for';

let kit: OpenAIKit;
let input: InputSide;
const workers: RunningWorker[] = [];
const chat = new RecordingChatPort('test');

// Two addresses of the same story (a syndicated copy): two brief jobs, one article text.
const urls = [
  'https://news.example.org/2024/03/04/port-strike-vote',
  'https://wire.example.com/story/port-strike-vote',
];
const source: ArticleSource = { load: async (url) => ({ ...portStrikeArticle, url }) };

beforeAll(async () => {
  kit = await startOpenAIKit();
  const config = loadConfig({
    REDIS_URL: testRedisUrl(),
    BRIEFBOT_PREFIX: kit.prefix,
    WORKER_CONCURRENCY: '4',
  });
  input = await createInputSide(config, silentLogger());
  for (let i = 0; i < 2; i++) {
    workers.push(
      await startWorker({
        config,
        logger: silentLogger(),
        clock: fixedClock('2024-03-04T12:00:00Z'),
        source,
        engine: kit.engine(),
        chatPorts: { test: chat },
      }),
    );
  }
});

afterAll(async () => {
  for (const w of workers) await w.close();
  await input?.close();
  await kit?.close();
});

describe('through the queue', () => {
  it('20 requests at once for one story (two URLs, two workers) make exactly one model call', async () => {
    kit.fake.enqueue({ kind: 'json', content: correctPortAnswer, delayMs: 100 });
    // An asker told "can't reach its queue" (the 1 s fail-fast deadline, on a loaded machine) asks
    // again, as the message says; asking again is safe (the key and job ids dedupe it).
    const submit = async (url: string, channel: string, tries = 3): Promise<unknown> => {
      try {
        return await input.intake.submit(url, { platform: 'test', channel });
      } catch (err) {
        if (tries > 1 && err instanceof IntakeError && err.code === 'QUEUE_UNAVAILABLE')
          return submit(url, channel, tries - 1);
        throw err;
      }
    };
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => submit(urls[i % 2]!, `C${String(i).padStart(3, '0')}`)),
    );
    await waitFor('20 deliveries', () => chat.posts.length === 20);
    expect(kit.fake.calls).toBe(1);
    expect(new Set(chat.posts.map((p) => p.channel)).size).toBe(20);
    expect(JSON.stringify(chat.posts[0]!.message)).toContain('Strike ballot');
  });
});
