import type { Brief } from '../../../../src/engine/brief';
import { eventSpan, type ChannelEvent } from '../../../../src/events/channel-event';
import { groupByDay, type ChannelPageData } from '../../../../src/http/channel-page/channel-page-data';
import { renderChannelPage } from '../../../../src/http/channel-page/channel-page-template';
import { escapeHtml, html, safeHref } from '../../../../src/http/channel-page/html';
import type { ChannelSettings } from '../../../../src/storage/channel-settings-store';
import {
  hostileBrief,
  nightBusBrief,
  pageNow,
  pageZone,
  unVoteBrief,
} from '../../../support/channel-page-fixtures';

const settings: ChannelSettings = {
  timezone: pageZone,
  digestTime: '08:30',
  digestSkipEmpty: true,
  reminderLeads: ['1d', '2h'],
  watch: true,
  calendarToken: null,
  channelName: 'city-hall',
};

/** The ledger's view of the briefs' dates: one event per next item, as the recorder makes them. */
function eventsOf(briefs: Brief[], now: Date, days: number): ChannelEvent[] {
  return briefs
    .flatMap((b, i) =>
      b.next.map((n, j) => ({
        id: `e${i}x${j}`,
        platform: 'slack' as const,
        channel: 'C0NEWS',
        date: n.date,
        time: n.time,
        timezone: n.timezone,
        what: n.what,
        where: n.where,
        status: 'scheduled' as const,
        ...eventSpan(n, pageZone),
        sources: [
          { briefKey: `k${i}`, title: b.title, quote: n.quote, addedAt: 0, ...(b.url ? { url: b.url } : {}) },
        ],
        reminderJobs: [],
      })),
    )
    .filter((e) => e.endsAt > now.getTime() && e.startsAt < now.getTime() + days * 86_400_000)
    .sort((a, b) => a.startsAt - b.startsAt);
}

const now = new Date(pageNow);
const briefs = [hostileBrief, unVoteBrief, nightBusBrief];

/** The page with whitespace between and inside tags collapsed (the browser collapses it too). */
function render(overrides: Partial<ChannelPageData> = {}): string {
  return squash(
    renderChannelPage({
      ref: { platform: 'slack', channel: 'C0NEWS' },
      settings,
      briefs: briefs.map((brief, i) => ({ brief, deliveredAt: now.getTime() - (i + 1) * 3_600_000 })),
      events: eventsOf(briefs, now, 30),
      days: 30,
      now,
      calendarHref: 'https://briefbot.example/c/tok/events.ics',
      ...overrides,
    }),
  );
}

function squash(markup: string): string {
  return markup.replace(/\s+/g, ' ').replace(/> </g, '><').replace(/> /g, '>').replace(/ </g, '<');
}

describe('the channel page', () => {
  it('groups events by their day in the channel’s zone, timed ones at their local time there', () => {
    const groups = groupByDay(eventsOf(briefs, now, 30), pageZone);
    expect(groups.map((g) => g.key)).toEqual(['2026-12-04', '2026-12-08', '2026-12-15', '2026-12-20']);
    // 20:00 on the 3rd in New York is 02:00 on the 4th in Paris.
    expect(groups[0]?.items[0]).toMatchObject({ time: '02:00', originalTime: '20:00 America/New_York' });
    expect(groups[1]?.items[0]?.time).toBeNull();
    expect(groups[2]?.items[0]).toMatchObject({ time: '18:30', originalTime: null });
    const inTokyo = groupByDay(eventsOf([unVoteBrief], now, 30), 'Asia/Tokyo');
    expect(inTokyo.map((g) => [g.key, g.items[0]?.time])).toEqual([['2026-12-04', '10:00']]);
  });

  it('escapes every article-derived string: no markup, no script links, no live mentions', () => {
    const page = render();
    const body = page.slice(page.indexOf('<body>'));
    expect(body).not.toMatch(/<(script|iframe|img|svg|b|style)[\s>]/i);
    expect(body).not.toMatch(/<[a-z][^>]*\son\w+=/i);
    const hrefs = [...page.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs.length).toBeGreaterThan(5);
    for (const href of hrefs) expect(href).toMatch(/^(https?:\/\/|#|data:,$)/);
    expect(page).not.toContain('javascript:alert(1)//https://evil.example/"');
    expect(page).toContain(escapeHtml(hostileBrief.title));
    expect(page).toContain('&lt;@U999&gt; &lt;#C123&gt;');
    expect(page).toContain(escapeHtml(hostileBrief.next[0]!.quote));
    expect(page).toContain('&quot;&gt;&lt;svg onload=alert(4)&gt;');
  });

  it('links titles and sources, and shows the settings and ICS link', () => {
    const page = render();
    expect(page).toContain(
      `<a href="${nightBusBrief.url}" rel="noopener noreferrer nofollow">Paris council sets vote on night-bus plan</a>`,
    );
    expect(page).toContain('<dt>Reminders</dt><dd>1d, 2h before each event</dd>');
    expect(page).toContain('<dt>Digest</dt><dd>daily at 08:30, skipped on days with nothing new</dd>');
    expect(page).toContain('href="https://briefbot.example/c/tok/events.ics"');
    expect(page).not.toContain('Followed feeds');
    const withFeeds = render({ feeds: [{ url: 'https://courrier.example/rss', title: 'Le Courrier' }] });
    expect(withFeeds).toContain('<dt>Followed feeds</dt>');
  });

  it('says so when there are no briefs or dates yet', () => {
    const page = render({ briefs: [], events: [] });
    expect(page).toContain('No dates in the next 30 days.');
    expect(page).toContain('No briefs posted here yet.');
  });
});

describe('page markup helpers', () => {
  it('links only absolute http(s) URLs without credentials', () => {
    expect(safeHref('https://news.example/a?b=1#c')).toBe('https://news.example/a?b=1#c');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref(' JavaScript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<script>x</script>')).toBeNull();
    expect(safeHref('/relative/path')).toBeNull();
    expect(safeHref('https://user:pw@news.example/')).toBeNull();
    expect(safeHref(undefined)).toBeNull();
  });

  it('escapes interpolated text and attributes but keeps nested templates as markup', () => {
    const title = `"><script>x</script>'`;
    expect(html`<p title="${title}">${title}${html`<b>ok</b>`}</p>`.value).toBe(
      '<p title="&quot;&gt;&lt;script&gt;x&lt;/script&gt;&#39;">&quot;&gt;&lt;script&gt;x&lt;/script&gt;&#39;<b>ok</b></p>',
    );
    expect(html`${['a<', 1, null, undefined, false]}`.value).toBe('a&lt;1');
  });
});
