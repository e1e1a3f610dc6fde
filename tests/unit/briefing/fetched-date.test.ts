import { BriefService } from '../../../src/briefing/brief-service';
import { createWebArticleSource } from '../../../src/briefing/web-article-source';
import type { Destination } from '../../../src/core/destination';
import { renderBriefEmbed } from '../../../src/chat/discord/brief-embed';
import { renderBrief } from '../../../src/chat/slack/render-brief';
import { fixedClock } from '../../../src/clock/clock';
import type { Brief } from '../../../src/engine/brief';
import { LocalEngine } from '../../../src/engine/local/local-engine';
import { closeExtractionPool, extractArticle } from '../../../src/extraction/extract-article';
import { silentLogger } from '../../../src/logging/logger';
import type { BriefOutcomeWriter, PendingDestination } from '../../../src/storage/brief-store';

afterAll(async () => {
  await closeExtractionPool();
});

const paragraphs = [
  'The island ferry company said its winter timetable would cut the last boat of the evening, and islanders have protested outside the harbour office for two weeks.',
  'The company will meet residents on Friday to hear their objections before the board decides.',
  'The new timetable takes effect on March 3, 2027, unless the regional council blocks it.',
  'Councillor Ruth Abara said the council would study the plan and report back to residents within a month of the meeting.',
];
const undated = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ferry company cuts the last evening boat</title></head>
<body><article><h1>Ferry company cuts the last evening boat</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

/** The brief service over the real extractor and local engine, with the page served from memory. */
async function briefPage(html: string): Promise<Brief> {
  let saved: Brief | null = null;
  const store: BriefOutcomeWriter = {
    get: async () => saved,
    save: async (_key, brief) => {
      saved = brief;
    },
    saveFailure: async () => undefined,
    pending: async (): Promise<PendingDestination[]> => [],
    clearPending: async () => undefined,
  };
  const service = new BriefService({
    source: createWebArticleSource({
      fetchPage: async (url) => ({ finalUrl: url, body: html }),
      extract: (page, options) => extractArticle(page, options),
    }),
    engine: new LocalEngine({ clock: fixedClock(new Date('2026-12-01T09:00:00Z')) }),
    store,
    deliveries: { enqueue: async (_key: string, _destination: Destination) => undefined },
    notifier: { notify: async () => undefined },
    clock: fixedClock(new Date('2026-12-01T09:00:00Z')),
    logger: silentLogger(),
    briefTtlSeconds: 60,
  });
  await service.run({ key: 'a1b2c3d4', url: 'https://gazette.example/tram' });
  if (!saved) throw new Error('no brief stored');
  return saved;
}

describe('a page that names no publication date', () => {
  it('is dated by the day it was fetched, says so, and keeps only dates that name their own year', async () => {
    const brief = await briefPage(undated);
    expect(brief.publishedSource).toBe('fetched');
    expect(brief.published).toBe('2026-12-01');
    expect(brief.warnings).toContainEqual(
      expect.stringMatching(
        /^publication date not found on the page; dates resolve from the day it was fetched \(2026-12-01\)/,
      ),
    );
    expect(brief.next.map((n) => n.date)).toContain('2027-03-03');
    expect(brief.next.some((n) => /on Friday/.test(n.quote))).toBe(false);
  });

  it('shows "publication date not found on the page" in Slack and Discord', async () => {
    const brief = await briefPage(undated);
    expect(JSON.stringify(renderBrief(brief))).toContain('publication date not found on the page');
    expect(renderBriefEmbed(brief).footer?.text).toContain('publication date not found on the page');
  });

  it('leaves a dated page alone', async () => {
    const dated = undated.replace(
      '<title>',
      '<meta property="article:published_time" content="2026-11-30T08:00:00+01:00"><title>',
    );
    const brief = await briefPage(dated);
    expect(brief.publishedSource).toBe('article');
    expect(brief.published).toBe('2026-11-30');
  });
});
