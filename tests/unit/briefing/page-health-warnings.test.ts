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

const teaser = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Council delays vote on tram extension | Northgate Gazette</title>
<meta property="article:published_time" content="2025-05-06T08:00:00Z">
</head><body>
<div id="consent-banner" class="cmp-wall"><p>We value your privacy. Accept all cookies or manage your choices before you continue.</p></div>
<article><h1>Council delays vote on tram extension</h1>
<p>Northgate council postponed its vote on the tram extension to June 12, after councillor Ruth Abara asked for a new cost study.</p>
</article></body></html>`;

const longStory = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Council approves tram extension | Northgate Gazette</title>
<meta property="article:published_time" content="2025-05-06T08:00:00Z">
</head><body><article><h1>Council approves tram extension</h1>
${Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i + 1}: Northgate council approved the tram extension after a long debate, and councillor Ruth Abara said construction crews would start work on the northern depot before the end of the summer, with the first trams expected to run the following spring.</p>`,
).join('\n')}
</article></body></html>`;

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
    engine: new LocalEngine({ clock: fixedClock(new Date('2025-05-06T09:00:00Z')) }),
    store,
    deliveries: { enqueue: async (_key: string, _destination: Destination) => undefined },
    notifier: { notify: async () => undefined },
    clock: fixedClock(new Date('2025-05-06T09:00:00Z')),
    logger: silentLogger(),
    briefTtlSeconds: 60,
  });
  await service.run({ key: 'a1b2c3d4', url: 'https://gazette.example/tram' });
  if (!saved) throw new Error('no brief stored');
  return saved;
}

describe('extraction health shown with the brief', () => {
  it('warns under the brief in Slack and Discord when a consent wall let little text through', async () => {
    const brief = await briefPage(teaser);
    expect(brief.warnings?.[0]).toMatch(/cookie or consent wall .* may miss most of the story/);
    const slack = JSON.stringify(renderBrief(brief).blocks);
    expect(slack).toContain(':warning: the page showed a cookie or consent wall');
    const discord = renderBriefEmbed(brief).fields?.find((f) => f.name === 'Note');
    expect(discord?.value).toMatch(/^⚠ the page showed a cookie or consent wall/);
  });

  it('adds no page warning for a full article', async () => {
    const brief = await briefPage(longStory);
    expect(brief.warnings ?? []).not.toContainEqual(
      expect.stringMatching(/consent wall|characters of article text/),
    );
  });
});
