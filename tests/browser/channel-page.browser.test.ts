import type { Browser } from 'playwright-core';
import { page as pageCommand } from '../../commands/page';
import { fixedClock } from '../../src/clock/clock';
import type { Brief } from '../../src/engine/brief';
import { CHANNEL_PAGE_PATH } from '../../src/http/channel-page/channel-page-path';
import { createChannelPageRouter } from '../../src/http/channel-page/channel-page-router';
import { createHttpApp } from '../../src/http/create-http-app';
import { silentLogger } from '../../src/logging/logger';
import { RedisChannelBriefLog } from '../../src/storage/redis-channel-brief-log';
import { RedisChannelPageTokens } from '../../src/storage/redis-channel-page-tokens';
import { fixedManagerCheck } from '../fakes/fixed-manager-check';
import { RecordingIntake } from '../fakes/recording-intake';
import { createEventsHarness, type EventsHarness } from '../support/events-harness';
import {
  hostileBrief,
  nightBusBrief,
  pageNow,
  pageZone,
  unVoteBrief,
} from '../support/channel-page-fixtures';
import { guardedPage, launchChromium, screenshotPath, type GuardedPage } from './support/chromium';
import { contrastRatio } from './support/contrast';

const channel = { platform: 'slack' as const, channel: 'C0NEWS' };
/** A second channel that was sent the hostile brief. */
const hostileChannel = { platform: 'slack' as const, channel: 'C0HOSTILE' };

describe('the channel page in Chromium', () => {
  const clock = fixedClock(pageNow);
  let h: EventsHarness;
  let tokens: RedisChannelPageTokens;
  let browser: Browser;
  let origin: string;
  let pageUrl: string;
  let closeServer: () => Promise<void>;
  const open: GuardedPage[] = [];

  const command = (args: string, where: typeof channel = channel) =>
    pageCommand({
      ...where,
      user: 'U1',
      requester: { user: 'U1' },
      access: fixedManagerCheck(true),
      args,
      deps: {
        intake: new RecordingIntake(),
        settings: h.settings,
        clock,
        channelPage: tokens,
        publicUrl: origin,
      },
    });

  let hostileUrl: string;
  const linkIn = (text: string) => /(http:\/\/127\.0\.0\.1:\d+\/c\/[A-Za-z0-9_-]{32})/.exec(text)?.[1] ?? '';
  const visit = async (options: Parameters<typeof guardedPage>[2] = {}, url = pageUrl) => {
    const g = await guardedPage(browser, origin, options);
    open.push(g);
    const response = await g.page.goto(url);
    return { ...g, response };
  };

  beforeAll(async () => {
    browser = await launchChromium();
    h = await createEventsHarness({ clock, label: 'page-browser' });
    tokens = new RedisChannelPageTokens(h.redis, h.prefix);
    const briefs = new RedisChannelBriefLog(h.redis, h.prefix);
    const http = createHttpApp();
    const listening = await http.listen(0, '127.0.0.1');
    closeServer = listening.close;
    origin = `http://127.0.0.1:${listening.port}`;
    // Mounted once the port is known: the page's links start with PUBLIC_URL, as in `briefbot serve`.
    http.routes.mount(
      CHANNEL_PAGE_PATH,
      createChannelPageRouter({
        tokens,
        settings: h.settings,
        briefs,
        events: h.events.ledger,
        clock,
        logger: silentLogger(),
        retentionDays: 30,
        publicUrl: origin,
      }),
    );
    const posted: [typeof channel, Brief][] = [
      [channel, nightBusBrief],
      [channel, unVoteBrief],
      [hostileChannel, nightBusBrief],
      [hostileChannel, hostileBrief],
    ];
    for (const where of [channel, hostileChannel])
      await h.settings.update(where, {
        timezone: pageZone,
        digestTime: '08:30',
        reminderLeads: ['1d', '2h'],
        watch: true,
      });
    for (const [i, [where, brief]] of posted.entries()) {
      const at = clock.now().getTime() - (4 - i) * 3_600_000;
      await h.events.onDelivered(brief, where, { ...where, id: `m${i}` });
      await briefs.add(where, brief, at);
    }
    const reply = await command('');
    expect(reply.ephemeral).toBe(true);
    pageUrl = linkIn(reply.text);
    hostileUrl = linkIn((await command('', hostileChannel)).text);
    expect(pageUrl).not.toBe('');
    expect(hostileUrl).not.toBe(pageUrl);
  });

  afterEach(async () => {
    for (const g of open.splice(0)) {
      // Every page of every test: nothing loaded from another host, no console error, no dialog.
      expect(g.outside).toEqual([]);
      expect(g.problems).toEqual([]);
      await g.context.close();
    }
  });

  afterAll(async () => {
    await browser?.close();
    await closeServer?.();
    await h?.close();
  });

  it('shows the next 30 days by day in the channel’s zone, each brief with its quotes, and the settings', async () => {
    const { page, response } = await visit({ viewport: { width: 1100, height: 900 }, colorScheme: 'light' });
    expect(response?.status()).toBe(200);
    await expect(page.title()).resolves.toBe('briefbot · Slack channel C0NEWS');
    expect(await page.locator('#upcoming h3').allInnerTexts()).toEqual([
      'Friday 4 December 2026',
      'Tuesday 8 December 2026',
      'Tuesday 15 December 2026',
    ]);
    expect(await page.locator('#briefs h3').allInnerTexts()).toEqual([
      unVoteBrief.title,
      nightBusBrief.title,
    ]);
    // 20:00 in New York on Thursday is 02:00 on Friday in Paris.
    const friday = page.locator('section[aria-labelledby="day-2026-12-04"]');
    await expect(friday.innerText()).resolves.toContain(
      '02:00 — Security Council vote on Sahel mission, New York',
    );
    await expect(friday.locator('blockquote').innerText()).resolves.toBe(unVoteBrief.next[0]!.quote);
    await expect(friday.getByRole('link').getAttribute('href')).resolves.toBe(unVoteBrief.url);
    await expect(page.locator('#upcoming').innerText()).resolves.not.toContain('first night routes start');

    const bus = page.getByRole('article', { name: nightBusBrief.title });
    await expect(bus.getByRole('link', { name: nightBusBrief.title }).getAttribute('href')).resolves.toBe(
      nightBusBrief.url,
    );
    const busText = await bus.innerText();
    expect(busText).toContain('Le Courrier · published Mon 30 Nov 2026 · posted here Tue 1 Dec 2026, 05:00');
    expect(busText).toContain('Who: Anne Hidalgo (Mayor of Paris) · RATP');
    expect(busText).toContain(nightBusBrief.what);
    for (const n of nightBusBrief.next) expect(busText).toContain(n.quote);
    // The past date stays in its brief, marked past; the date beyond 30 days is there too.
    expect(busText).toContain('Fri 20 Nov 2026 — consultation closed (past)');
    expect(busText).toContain('Wed 10 Feb 2027 — first night routes start');

    const settings = await page.locator('#settings dl').innerText();
    expect(settings.replace(/\s+/g, ' ')).toContain(
      'Time zone Europe/Paris Digest daily at 08:30, skipped on days with nothing new Reminders 1d, 2h before each event Watch on: every link posted here is briefed',
    );
    const ics = page.getByRole('link', { name: /Calendar feed \(ICS\)/ });
    const icsUrl = await ics.getAttribute('href');
    expect(icsUrl).toBe(`${pageUrl}/events.ics`);
    const feed = await page.request.get(icsUrl!);
    expect(feed.headers()['content-type']).toMatch(/^text\/calendar/);
    expect(await feed.text()).toContain('SUMMARY:council vote on night buses');

    // Landmarks and headings a screen reader offers.
    for (const role of ['banner', 'navigation', 'main', 'contentinfo'] as const)
      await expect(page.getByRole(role).count()).resolves.toBe(1);
    expect(await page.getByRole('heading', { level: 2 }).allInnerTexts()).toEqual([
      'Next 30 days',
      'Recent briefs',
      'Settings',
    ]);
    await page.screenshot({ path: screenshotPath('channel-page-light.png'), fullPage: true });
    // The first screenful, as docs/channel-page.png in the README shows it.
    await page.screenshot({ path: screenshotPath('channel-page.png') });
  });

  it('sends the private-page headers', async () => {
    const { response } = await visit();
    const headers = response!.headers();
    expect(headers['content-security-policy']).toMatch(/^default-src 'none'; style-src 'sha256-[^']+'/);
    expect(headers['content-security-policy']).not.toMatch(/script-src|unsafe-inline/);
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['x-robots-tag']).toMatch(/noindex/);
    expect(headers['cache-control']).toMatch(/^private/);
  });

  it('shows a hostile brief as plain text: no script runs, no markup, no javascript: link, no outside request', async () => {
    const { page } = await visit({}, hostileUrl);
    await expect(page.locator('script, iframe, img, svg, b').count()).resolves.toBe(0);
    await expect(page.locator('#upcoming h3').last().innerText()).resolves.toBe('Sunday 20 December 2026');
    const card = page.getByRole('article', { name: hostileBrief.title });
    await expect(card.getByRole('heading', { level: 3 }).innerText()).resolves.toBe(hostileBrief.title);
    await expect(card.getByRole('link').count()).resolves.toBe(0);
    const text = await card.innerText();
    expect(text).toContain(hostileBrief.what);
    expect(text).toContain(hostileBrief.next[0]!.quote);
    expect(text).toContain('<iframe src="https://evil.example/frame"></iframe> (<@U123> & co)');
    // The page is styled: the hostile <style> in an event's place did not hide the body.
    await expect(page.locator('main').isVisible()).resolves.toBe(true);
  });

  it('reads the same with JavaScript off', async () => {
    const { page } = await visit({ javaScriptEnabled: false });
    expect(await page.locator('#upcoming h3').count()).toBe(3);
    await expect(page.getByRole('article').count()).resolves.toBe(2);
  });

  it('has a dark scheme with readable contrast, as the light one', async () => {
    const colours = async (scheme: 'light' | 'dark') => {
      const { page } = await visit({ colorScheme: scheme, viewport: { width: 1100, height: 900 } });
      const style = (selector: string, prop: string) =>
        page.evaluate(
          `getComputedStyle(document.querySelector(${JSON.stringify(selector)}))[${JSON.stringify(prop)}]`,
        );
      const result = {
        bg: String(await style('html', 'backgroundColor')),
        text: String(await style('body', 'color')),
        card: String(await style('#briefs article', 'backgroundColor')),
        link: String(await style('#briefs article h3 a', 'color')),
        muted: String(await style('#briefs article .meta', 'color')),
        quote: String(await style('#briefs article blockquote', 'color')),
      };
      if (scheme === 'dark') await page.screenshot({ path: screenshotPath('channel-page-dark.png') });
      return result;
    };
    const light = await colours('light');
    const dark = await colours('dark');
    expect(dark.bg).not.toBe(light.bg);
    expect(contrastRatio(dark.bg, 'rgb(0, 0, 0)')).toBeLessThan(1.5);
    for (const c of [light, dark]) {
      expect(contrastRatio(c.text, c.bg)).toBeGreaterThanOrEqual(7);
      for (const fg of [c.link, c.muted, c.quote])
        expect(contrastRatio(fg, c.card)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('passes axe-core’s WCAG 2.1 AA and best-practice rules in both schemes, hostile brief included', async () => {
    for (const [scheme, url] of [
      ['light', pageUrl],
      ['dark', hostileUrl],
    ] as const) {
      // The page's CSP rightly refuses injected scripts; only this audit visit lifts it to load axe.
      const { page } = await visit({ colorScheme: scheme, bypassCSP: true }, url);
      await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
      const violations = await page.evaluate(
        `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] } })
          .then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`,
      );
      expect({ scheme, violations }).toEqual({ scheme, violations: [] });
    }
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const { page } = await visit({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await expect(page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).resolves.toBe(
      true,
    );
    await expect(page.getByRole('heading', { level: 1 }).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: screenshotPath('channel-page-phone.png'), fullPage: true });
  });

  it('answers 404 to the old link once /brief page reset replaced it', async () => {
    const reset = await command('reset');
    const fresh = linkIn(reset.text);
    expect(fresh).not.toBe('');
    expect(fresh).not.toBe(pageUrl);
    const { response } = await visit();
    expect(response?.status()).toBe(404);
    const g = open[open.length - 1]!;
    // Chromium reports the 404 document load on the console; it is the expected answer here.
    g.problems.splice(0);
    pageUrl = fresh;
    const again = await visit();
    expect(again.response?.status()).toBe(200);
    expect((await again.response?.text()) ?? '').toContain(nightBusBrief.title);
  });
});
