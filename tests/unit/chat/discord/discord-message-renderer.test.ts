import type { APIEmbed } from 'discord.js';
import type { ChatMessage, EventLine } from '../../../../src/core/chat-message';
import { renderDiscordMessage } from '../../../../src/chat/discord/discord-message-renderer';
import { EMBED_LIMITS, embedLength } from '../../../../src/chat/discord/embed-limits';
import type { Brief } from '../../../../src/engine/brief';

function expectWithinLimits(embeds: APIEmbed[]): void {
  expect(embeds.length).toBeLessThanOrEqual(EMBED_LIMITS.embedsPerMessage);
  let total = 0;
  for (const e of embeds) {
    expect((e.title ?? '').length).toBeLessThanOrEqual(EMBED_LIMITS.title);
    expect((e.description ?? '').length).toBeLessThanOrEqual(EMBED_LIMITS.description);
    expect((e.fields ?? []).length).toBeLessThanOrEqual(EMBED_LIMITS.fields);
    for (const f of e.fields ?? []) {
      expect(f.name.length).toBeGreaterThan(0);
      expect(f.name.length).toBeLessThanOrEqual(EMBED_LIMITS.fieldName);
      expect(f.value.length).toBeGreaterThan(0);
      expect(f.value.length).toBeLessThanOrEqual(EMBED_LIMITS.fieldValue);
    }
    total += embedLength(e as Parameters<typeof embedLength>[0]);
  }
  expect(total).toBeLessThanOrEqual(EMBED_LIMITS.total);
}

const surnames = [
  'Okafor',
  'Lindqvist',
  'Moreau',
  'Tanaka',
  'Haddad',
  'Kowalski',
  'Ferreira',
  'Nguyen',
  'Schmidt',
  'Osei',
];

function bigBrief(people: number, dates: number): Brief {
  return {
    url: 'https://news.example/europe/2024/03/01/budget-talks-collapse',
    title: `Budget talks collapse as coalition partners trade blame over pension reform and defence spending ${'again '.repeat(60)}`,
    site: 'news.example',
    published: '2024-03-01',
    who: Array.from({ length: people }, (_, i) => ({
      name: `Minister ${surnames[i % 10]} ${i + 1}`,
      kind: 'person' as const,
      role: `Deputy spokesperson for regional affairs and fiscal coordination, delegation ${i + 1}`,
    })),
    what: 'Coalition partners failed to agree on the budget after a night of talks. '.repeat(40),
    next: Array.from({ length: dates }, (_, i) => ({
      date: `2024-${String(3 + Math.floor(i / 28)).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      time: i % 3 === 0 ? '14:30' : null,
      timezone: i % 3 === 0 ? 'Europe/Berlin' : null,
      what: `Parliamentary committee hearing on the revised budget draft, session ${i + 1}`,
      where: 'Bundestag, Berlin',
      quote: 'the committee will hear the revised draft',
    })),
    engine: 'local',
  };
}

describe('Discord embeds', () => {
  it('fits a brief with 40 people and 30 dates within every embed limit, saying how many were left out', () => {
    const { embeds } = renderDiscordMessage({ kind: 'brief', brief: bigBrief(40, 30) });
    expectWithinLimits(embeds);
    const fields = embeds[0]?.fields ?? [];
    const who = fields.filter((f) => f.name.startsWith('Who'));
    expect(who.at(-1)?.value).toMatch(/… and \d+ more$/);
    const next = fields.filter((f) => f.name.startsWith('Next dates'));
    const shownDates = next
      .map((f) => f.value.split('\n').filter((l) => l.startsWith('•')).length)
      .reduce((a, b) => a + b, 0);
    const more = Number(/… and (\d+) more$/.exec(next.at(-1)?.value ?? '')?.[1] ?? 0);
    expect(shownDates + more).toBe(30);
    expect(embeds[0]?.footer?.text).toContain('All dates: /brief events · in your calendar: /brief calendar');
    expect(embeds[0]?.title?.endsWith('…')).toBe(true);
  });

  it('shows a brief with a few people and dates in full, dates as Discord timestamps', () => {
    const { embeds } = renderDiscordMessage({ kind: 'brief', brief: bigBrief(2, 2) });
    const next = embeds[0]?.fields?.find((f) => f.name === 'Next dates')?.value ?? '';
    // 14:30 in Berlin on 1 March 2024 is 13:30 UTC.
    expect(next).toContain(`• <t:${Date.UTC(2024, 2, 1, 13, 30) / 1000}:f> — `);
    expect(next).toContain(`• <t:${Date.UTC(2024, 2, 2, 12) / 1000}:D> — `);
    expect(next).not.toContain('more');
    expect(embeds[0]?.footer?.text).toBe('news.example · published 2024-03-01');
  });

  it('keeps a digest, a list of events, a reminder and a notice within the limits', () => {
    const events: EventLine[] = Array.from({ length: 120 }, (_, i) => ({
      date: '2024-07-04',
      time: '09:00',
      timezone: 'America/New_York',
      what: `Trade committee vote number ${i + 1} on the tariff schedule`,
      where: 'Washington',
      url: `https://news.example/trade/${i}`,
      title: `Tariff schedule [draft ${i}] heads to committee`,
      status: i === 0 ? 'cancelled' : 'scheduled',
    }));
    const messages: ChatMessage[] = [
      {
        kind: 'digest',
        digest: {
          day: '2024-07-01',
          timezone: 'America/New_York',
          briefs: Array.from({ length: 80 }, (_, i) => ({
            title: `Story ${i}`,
            url: `https://news.example/s/${i}`,
            what: 'A long summary sentence. '.repeat(12),
          })),
          events,
        },
      },
      { kind: 'events', events, days: 7, timezone: 'America/New_York' },
      { kind: 'reminder', event: events[1] as EventLine, lead: '1d' },
      {
        kind: 'notice',
        text: 'x'.repeat(5000),
        link: { url: 'https://news.example/a', title: 'y'.repeat(400) },
      },
    ];
    for (const message of messages) {
      const body = renderDiscordMessage(message);
      expectWithinLimits(body.embeds);
      expect((body.content ?? '').length).toBeLessThanOrEqual(EMBED_LIMITS.content);
    }
    const eventsBody = renderDiscordMessage(messages[1] as ChatMessage).embeds[0]?.description ?? '';
    expect(eventsBody).toContain(
      '~~Trade committee vote number 1 on the tariff schedule · Washington~~ (cancelled)',
    );
    expect(eventsBody).toContain(
      '[Tariff schedule \\[draft 1\\] heads to committee](https://news.example/trade/1)',
    );
    expect(eventsBody).toMatch(/… and \d+ more$/);
  });

  it('renders a reminder with the date in each reader’s zone and a link to the source', () => {
    const { embeds } = renderDiscordMessage({
      kind: 'reminder',
      lead: 'in 2 hours',
      event: {
        date: '2024-06-12',
        time: '10:00',
        timezone: 'Europe/Amsterdam',
        at: Date.UTC(2024, 5, 12, 8),
        what: 'Harbour summit',
        where: 'Rotterdam',
        url: 'https://news.example/h',
        title: 'Harbour accord',
      },
    });
    expect(embeds[0]?.title).toBe('Reminder: Harbour summit');
    expect(embeds[0]?.description).toContain(`<t:${Date.UTC(2024, 5, 12, 8) / 1000}:f> — in 2 hours`);
    expect(embeds[0]?.description).toContain('From: [Harbour accord](https://news.example/h)');
  });

  it('shows a month-only date as the month name', () => {
    const brief = bigBrief(1, 0);
    brief.next = [
      {
        date: '2024-09',
        time: null,
        timezone: null,
        what: 'General election',
        where: null,
        quote: 'elections in September',
      },
    ];
    const { embeds } = renderDiscordMessage({ kind: 'brief', brief });
    expect(embeds[0]?.fields?.find((f) => f.name === 'Next dates')?.value).toBe(
      '• September 2024 — General election',
    );
  });
});
