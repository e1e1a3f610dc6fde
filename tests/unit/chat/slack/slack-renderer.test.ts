import type { Brief } from '../../../../src/engine/brief';
import { slackLimits, type SlackBlock } from '../../../../src/chat/slack/slack-blocks';
import { renderSlackMessage } from '../../../../src/chat/slack/slack-renderer';
import { messageLinks } from '../../../../src/chat/slack/message-links';

const talksBrief: Brief = {
  url: 'https://news.example.org/world/geneva-talks',
  title: 'Envoys agree to resume Geneva talks in January',
  site: 'Example News',
  published: '2021-12-28',
  who: [
    { name: 'Joe Biden', kind: 'person', role: 'US President', aliases: ['Biden'] },
    { name: 'NATO', kind: 'organization' },
  ],
  what: 'Washington and Moscow agreed to hold security talks in Geneva, the first since troops massed near the border.',
  next: [
    {
      date: '2022-01-10',
      time: null,
      timezone: null,
      what: 'US-Russia talks',
      where: 'Geneva',
      quote: 'talks will open on January 10 in Geneva',
    },
  ],
  engine: 'local',
};

function texts(blocks: SlackBlock[]): string[] {
  return blocks.flatMap((b) =>
    b.type === 'section'
      ? [b.text.text]
      : b.type === 'context'
        ? b.elements.map((e) => e.text)
        : b.type === 'header'
          ? [b.text.text]
          : [],
  );
}

function expectWithinSlackLimits(blocks: SlackBlock[]) {
  expect(blocks.length).toBeLessThanOrEqual(slackLimits.blocks);
  expect(JSON.stringify(blocks).length).toBeLessThanOrEqual(slackLimits.blocksJson);
  for (const b of blocks)
    if (b.type === 'section') expect(b.text.text.length).toBeLessThanOrEqual(slackLimits.sectionText);
}

describe('Slack Block Kit rendering', () => {
  it('shows the linked title, site and date, who, what and each next date with its place and quote', () => {
    const { text, blocks } = renderSlackMessage({ kind: 'brief', brief: talksBrief });
    const all = texts(blocks).join('\n');
    expect(all).toContain(
      '*<https://news.example.org/world/geneva-talks|Envoys agree to resume Geneva talks in January>*',
    );
    expect(all).toContain('Example News · Tue 28 Dec 2021');
    expect(all).toContain('• Joe Biden — US President');
    expect(all).toContain('• NATO _(organization)_');
    expect(all).toContain('*What*\nWashington and Moscow agreed');
    expect(all).toContain(
      '*Mon 10 Jan 2022* — US-Russia talks · Geneva\n> talks will open on January 10 in Geneva',
    );
    expect(text).toContain('Brief: Envoys agree to resume Geneva talks in January');
  });

  it('fits a brief with 40 people and 30 dates in Slack’s limits, saying how many more there are', () => {
    const brief: Brief = {
      ...talksBrief,
      who: Array.from({ length: 40 }, (_, i) => ({
        name: `Delegate Number ${i + 1} of the Summit`,
        kind: 'person' as const,
        role: 'Deputy foreign minister for regional security affairs',
      })),
      next: Array.from({ length: 30 }, (_, i) => ({
        date: `2022-02-${String(i + 1).padStart(2, '0')}`.replace('-29', '-28').replace('-30', '-28'),
        time: '10:00',
        timezone: 'Europe/Zurich',
        what: `Working group session ${i + 1}`,
        where: 'Palais des Nations, Geneva',
        quote: `The working group will meet again on February ${i + 1}, according to a statement. `.repeat(8),
      })),
      what: 'A long summary. '.repeat(400),
      warnings: ['The article looked paywalled; the brief may miss the end of it.'],
    };
    const { text, blocks } = renderSlackMessage({ kind: 'brief', brief });
    expectWithinSlackLimits(blocks);
    expect(text.length).toBeLessThanOrEqual(slackLimits.fallbackText);
    const all = texts(blocks).join('\n');
    expect(all).toContain('… and 25 more people and organizations');
    expect(all).toContain(
      '… and 20 more dates: `/brief events` lists them all, and `/brief calendar` puts them in your calendar.',
    );
    expect(all).toContain('Working group session 10');
    expect(all).toContain(':warning: The article looked paywalled');
  });

  it('posts <!channel> and <https://evil|click> from an article as plain text', () => {
    const brief: Brief = {
      ...talksBrief,
      title: 'Alert <!channel> & friends',
      what: 'Readers were told to <https://evil.example|click> here, then <@U123> was pinged & <!here>.',
      who: [{ name: '<!everyone>', kind: 'person', role: '<https://evil.example|admin>' }],
      next: [
        {
          ...talksBrief.next[0]!,
          what: 'Vote <!channel>',
          where: '<#C999>',
          quote: 'the vote <https://evil|click> on January 10',
        },
      ],
    };
    const { text, blocks } = renderSlackMessage({ kind: 'brief', brief });
    const all = texts(blocks).join('\n') + text;
    expect(all).not.toMatch(/<!(channel|here|everyone)>/);
    expect(all).not.toContain('<https://evil');
    expect(all).not.toContain('<@U123>');
    expect(all).toContain('&lt;!channel&gt;');
    expect(all).toContain('&lt;https://evil.example|click&gt;');
    expect(all).toContain('&amp; friends');
  });

  it('cuts a long digest and list of events with "… and N more"', () => {
    const events = Array.from({ length: 200 }, (_, i) => ({
      date: '2025-04-01',
      time: null,
      timezone: 'Europe/Paris',
      what: `Hearing number ${i + 1} in the appeal of the port authority`,
      where: 'Court of Appeal, Paris',
      url: `https://news.example.org/story/${i}`,
      title: `Story ${i}`,
    }));
    const digest = renderSlackMessage({
      kind: 'digest',
      digest: {
        day: '2025-03-31',
        timezone: 'Europe/Paris',
        briefs: Array.from({ length: 80 }, (_, i) => ({
          title: `Story ${i}`,
          url: `https://news.example.org/s/${i}`,
          what: 'Something happened. '.repeat(20),
        })),
        events,
      },
    });
    expectWithinSlackLimits(digest.blocks);
    expect(texts(digest.blocks).join('\n')).toMatch(/… and \d+ more briefs/);
    const list = renderSlackMessage({ kind: 'events', events, days: 14, timezone: 'Europe/Paris' });
    expectWithinSlackLimits(list.blocks);
    expect(texts(list.blocks).join('\n')).toMatch(
      /Upcoming dates, next 14 days \(Europe\/Paris\)[\s\S]*… and \d+ more dates/,
    );
    expect(
      texts(renderSlackMessage({ kind: 'events', events: [], days: 7, timezone: 'UTC' }).blocks)[0],
    ).toContain('Nothing scheduled.');
  });

  it('renders reminders and notices, escaping their text', () => {
    const reminder = renderSlackMessage({
      kind: 'reminder',
      lead: 'tomorrow',
      event: {
        date: '2022-01-10',
        time: '09:30',
        timezone: 'Europe/Zurich',
        at: Date.UTC(2022, 0, 10, 8, 30),
        what: 'US-Russia talks',
        where: 'Geneva',
        url: 'https://news.example.org/a',
        title: 'Talks',
      },
    });
    expect(texts(reminder.blocks)[0]).toBe(
      `:alarm_clock: *Tomorrow:* *<!date^${Date.UTC(2022, 0, 10, 8, 30) / 1000}^{date_short_pretty} {time}|Mon 10 Jan 2022 09:30 (Europe/Zurich)>* — US-Russia talks · Geneva · <https://news.example.org/a|Talks>`,
    );
    const notice = renderSlackMessage({
      kind: 'notice',
      text: 'Could not brief <https://x.example>: 404',
      link: { url: 'https://x.example/', title: 'the page' },
    });
    expect(texts(notice.blocks)[0]).toBe(
      'Could not brief &lt;https://x.example&gt;: 404\n<https://x.example/|the page>',
    );
  });

  it('finds the links in a Slack message, not mentions', () => {
    expect(
      messageLinks(
        'Read <https://news.example.org/a?x=1&amp;y=2|this> and <https://news.example.org/b> cc <@U1> <!here> <#C1|news>',
      ),
    ).toEqual(['https://news.example.org/a?x=1&y=2', 'https://news.example.org/b']);
  });
});
