import { createDiscordRest, DiscordChatPort } from '../../../src/chat/discord/discord-chat-port';
import { SlackChatPort } from '../../../src/chat/slack/slack-chat-port';
import { createSlackWebClient } from '../../../src/chat/slack/slack-web-client';
import { fixedClock } from '../../../src/clock/clock';
import type { ChatMessage } from '../../../src/core/chat-message';
import { silentLogger } from '../../../src/logging/logger';
import {
  FAKE_APPLICATION_ID,
  FAKE_CHANNEL_ID,
  FAKE_TOKEN,
  startFakeDiscord,
  type FakeDiscord,
} from '../../fakes/fake-discord/fake-discord';
import { startFakeSlackApi, type FakeSlackApi } from '../../fakes/fake-slack-api';
import {
  MASS_MENTION,
  injectionBrief,
  injectionDigest,
  injectionEvent,
} from '../../fixtures/injection/injection-brief';

const messages: ChatMessage[] = [
  { kind: 'brief', brief: injectionBrief },
  { kind: 'digest', digest: injectionDigest },
  { kind: 'reminder', event: injectionEvent, lead: '1d' },
];

/** Every string value anywhere in a payload. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('the injection article posted through the real platform clients', () => {
  let slack: FakeSlackApi;
  let discord: FakeDiscord;

  beforeAll(async () => {
    slack = await startFakeSlackApi();
    discord = await startFakeDiscord();
  });
  afterAll(async () => {
    await slack.close();
    await discord.stop();
  });

  it('reaches Slack as verbatim mrkdwn with no mention, link or mass mention', async () => {
    const logger = silentLogger();
    const port = new SlackChatPort({
      client: createSlackWebClient({ token: 'xoxb-test', apiUrl: slack.apiUrl, logger }),
      logger,
      clock: fixedClock('2026-12-01T09:00:00Z'),
      sleep: async () => undefined,
      responseUrlHosts: ['127.0.0.1'],
    });
    for (const message of messages) await port.post('C0INJECT', message);
    const posts = slack.posted('chat.postMessage');
    expect(posts).toHaveLength(messages.length);
    for (const post of posts) {
      const blocks = post.body.blocks as Array<{ text?: { type: string; verbatim?: boolean } }>;
      for (const b of blocks) if (b.text?.type === 'mrkdwn') expect(b.text.verbatim).toBe(true);
      for (const raw of strings(post.body)) {
        // briefbot's own date tokens (<!date^unix^…|fallback>) are the only markup allowed; the article's never.
        const text = raw.replace(/<!date\^\d+\^[^|>]*\|[^<>]*>/g, '');
        expect(text).not.toMatch(/<[!@#]/);
        expect(text).not.toContain('<https://evil');
        expect(text).not.toMatch(MASS_MENTION);
      }
    }
  });

  it('reaches Discord with pings off and every Markdown character of the article escaped', async () => {
    const port = new DiscordChatPort({
      rest: createDiscordRest({ token: FAKE_TOKEN, apiUrl: discord.rest.apiUrl }),
      applicationId: FAKE_APPLICATION_ID,
    });
    for (const message of messages) await port.post(FAKE_CHANNEL_ID, message);
    const posts = discord.rest.callsTo('POST', new RegExp(`^/channels/${FAKE_CHANNEL_ID}/messages$`));
    expect(posts).toHaveLength(messages.length);
    for (const post of posts) {
      const body = post.body as { allowed_mentions: unknown; embeds: Array<Record<string, unknown>> };
      expect(body.allowed_mentions).toEqual({ parse: [] });
      // Footers are plain text in Discord (no Markdown), so only the rendered parts are checked.
      const rendered = body.embeds.map((e) => [e.title, e.description, e.fields]);
      const active = strings(rendered)
        .map((t) => t.replace(/\\[^\w\s]/g, '\u0000'))
        .join('\n');
      for (const markup of ['[verify your account](', '**urgent**', '||hidden||', '<@U123>', '<!channel>'])
        expect(active).not.toContain(markup);
    }
  });
});
