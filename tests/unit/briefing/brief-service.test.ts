import { BriefService } from '../../../src/briefing/brief-service';
import { fixedClock } from '../../../src/clock/clock';
import type { Destination } from '../../../src/core/destination';
import { LocalEngine } from '../../../src/engine/local/local-engine';
import { silentLogger } from '../../../src/logging/logger';
import { InMemoryBriefStore } from '../../fakes/in-memory-brief-store';
import { RecordingArticleSource } from '../../fakes/recording-article-source';
import { RecordingBriefMetrics } from '../../fakes/recording-brief-metrics';
import { RecordingDeliveryEnqueuer } from '../../fakes/recording-delivery-enqueuer';
import { RecordingRequesterNotifier } from '../../fakes/recording-requester-notifier';

const url = 'https://news.example.org/harbour/vote';
const key = 'a1b2c3d4e5f6a7b8';
const article = {
  title: 'Harbour board sets date for dredging vote',
  text: 'The harbour board will vote on the dredging plan on March 3, chair Lena Ortiz said.',
  published: '2025-02-10',
  url,
};
const news: Destination = { platform: 'slack', channel: 'C0NEWS', requester: { user: 'U0ALICE' } };
const desk: Destination = { platform: 'discord', channel: '1234567890' };

function service(pages: Record<string, typeof article | Error>) {
  const parts = {
    source: new RecordingArticleSource(pages),
    store: new InMemoryBriefStore(),
    deliveries: new RecordingDeliveryEnqueuer(),
    notifier: new RecordingRequesterNotifier(),
    metrics: new RecordingBriefMetrics(),
  };
  const clock = fixedClock('2025-02-10T12:00:00Z');
  const briefs = new BriefService({
    ...parts,
    engine: new LocalEngine({ clock }),
    clock,
    logger: silentLogger(),
    briefTtlSeconds: 3600,
  });
  return { ...parts, briefs };
}

describe('the brief service', () => {
  it('briefs a link once and queues one delivery per channel that asked for it', async () => {
    const s = service({ [url]: article });
    await s.store.admit(key, news);
    await s.store.admit(key, desk);

    expect(await s.briefs.run({ key, url })).toEqual({ outcome: 'briefed', deliveries: 2 });
    expect(s.deliveries.enqueued).toEqual([
      { key, destination: news },
      { key, destination: desk },
    ]);
    expect((await s.store.get(key))?.next.map((n) => n.date)).toEqual(['2025-03-03']);

    // A retried job reuses the stored brief: no second fetch, nobody left to deliver to.
    expect(await s.briefs.run({ key, url })).toEqual({ outcome: 'reused', deliveries: 0 });
    expect(s.source.loaded).toEqual([url]);
    expect(s.metrics.outcomes).toEqual(['briefed', 'reused']);
  });

  it('tells each waiting requester why a link failed for good, once', async () => {
    const s = service({});
    await s.store.admit(key, news);
    await expect(s.briefs.run({ key, url })).rejects.toThrow(/no page/);
    expect(s.metrics.loadErrors).toEqual(['NOT_FOUND']);

    const told = await s.briefs.fail({ key, url }, { code: 'NOT_FOUND', message: `Couldn't brief ${url}` });
    expect(told).toBe(1);
    expect(s.notifier.told).toEqual([{ destination: news, text: `Couldn't brief ${url}` }]);
    expect(await s.store.state(key)).toMatchObject({ state: 'failed', failure: { code: 'NOT_FOUND' } });
    expect(s.deliveries.enqueued).toEqual([]);
  });
});
