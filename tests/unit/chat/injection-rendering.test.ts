import type { APIEmbed } from 'discord.js';
import { renderDiscordMessage } from '../../../src/chat/discord/discord-message-renderer';
import type { SlackBlock } from '../../../src/chat/slack/slack-blocks';
import { renderSlackMessage } from '../../../src/chat/slack/slack-renderer';
import type { ChatMessage } from '../../../src/core/chat-message';
import {
  MASS_MENTION,
  injectionBrief,
  injectionDigest,
  injectionEvent,
} from '../../fixtures/injection/injection-brief';

const messages: ChatMessage[] = [
  { kind: 'brief', brief: injectionBrief },
  { kind: 'digest', digest: injectionDigest },
  { kind: 'events', events: [injectionEvent], days: 30, timezone: 'Europe/Paris' },
  { kind: 'reminder', event: injectionEvent, lead: '1d' },
];

/** What Discord would still read as markup: every backslash-escaped character becomes inert. */
function activeMarkdown(text: string): string {
  return text.replace(/\\[^\w\s]/g, '\u0000');
}

function discordTexts(embeds: APIEmbed[]): string[] {
  return embeds.flatMap((e) => [
    e.title ?? '',
    e.description ?? '',
    ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
  ]);
}

describe('article text rendered for Discord is data, never markup', () => {
  it.each(messages.map((m) => [m.kind, m] as const))('%s: every attack renders as text', (_kind, message) => {
    const texts = discordTexts(renderDiscordMessage(message).embeds);
    const active = texts.map(activeMarkdown).join('\n');
    expect(texts.join('\n')).toContain('verify your account');
    for (const markup of [
      '[verify your account](',
      '**urgent**',
      '||hidden||',
      '`code`',
      '~~gone~~',
      '__under__',
      '<@U123>',
      '<@&987654321>',
      '<#C999>',
      '<!channel>',
      '<https://evil.example',
    ])
      expect(active).not.toContain(markup);
    expect(active).not.toMatch(/^\s*(#|>)/m);
  });

  it('percent-encodes the URL inside a masked link, so ")" or ">" in it cannot end the link early', () => {
    const texts = discordTexts(renderDiscordMessage({ kind: 'digest', digest: injectionDigest }).embeds);
    const links = texts.join('\n').match(/\]\((https?:[^)\s]*)\)/g) ?? [];
    expect(links.length).toBeGreaterThan(0);
    for (const link of links)
      expect(link).toBe('](https://news.example/2026/12/story_%28part%29?q=%5Ba%5D&b=%3Cc%3E)');
  });
});

function mrkdwnObjects(blocks: SlackBlock[]): Array<{ type: string; text: string; verbatim?: boolean }> {
  return blocks.flatMap((b) => (b.type === 'section' ? [b.text] : b.type === 'context' ? b.elements : []));
}

describe('article text rendered for Slack is data, never markup', () => {
  it.each(messages.map((m) => [m.kind, m] as const))(
    '%s: verbatim mrkdwn, no mention or link survives, zero-width tricks included',
    (_kind, message) => {
      const { text, blocks } = renderSlackMessage(message);
      const objects = mrkdwnObjects(blocks);
      expect(objects.length).toBeGreaterThan(0);
      for (const o of objects) expect(o).toMatchObject({ type: 'mrkdwn', verbatim: true });
      for (const raw of [text, ...objects.map((o) => o.text)]) {
        // briefbot's own date tokens (<!date^unix^…|fallback>) are the only markup allowed; the article's never.
        const shown = raw.replace(/<!date\^\d+\^[^|>]*\|[^<>]*>/g, '');
        expect(shown).not.toMatch(/<[!@#]/);
        expect(shown).not.toContain('<https://evil');
        // Defanged: what a reader sees may look like @here, but the characters are not a mention.
        expect(shown).not.toMatch(MASS_MENTION);
      }
      expect(JSON.stringify(blocks)).toContain('verify your account');
    },
  );
});
