import type { APIEmbed } from 'discord.js';
import type { DigestView, EventLine } from '../../core/chat-message';
import { humanDate } from '../../events/event-when';
import { escapeDiscordMarkdown as md, maskedLink } from './discord-markdown';
import { discordWhen } from './discord-timestamp';
import { EMBED_LIMITS, embedLength, fitLines, packFields, truncate } from './embed-limits';

const DIGEST_COLOR = 0x10b981;
const EVENTS_COLOR = 0x8b5cf6;
const REMINDER_COLOR = 0xf59e0b;

/** "• <t:…:D> — US-Russia talks · Geneva ([source](…))", struck through when cancelled. */
export function eventLine(e: EventLine): string {
  const where = e.where ? ` · ${md(e.where)}` : '';
  let label = `${md(e.what)}${where}`;
  if (e.status === 'cancelled') label = `~~${label}~~ (cancelled)`;
  if (e.status === 'rescheduled') label = `${label} (moved)`;
  const source = e.url ? ` (${maskedLink(e.title ?? 'source', e.url)})` : '';
  return `• ${discordWhen(e)} — ${label}${source}`;
}

export function renderDigestEmbed(digest: DigestView): APIEmbed {
  const embed: APIEmbed = {
    title: truncate(`Digest for ${humanDate(digest.day)}`, EMBED_LIMITS.title),
    color: DIGEST_COLOR,
  };
  const briefLines = digest.briefs.map((b) => {
    const head = b.url ? maskedLink(b.title, b.url) : `**${md(truncate(b.title, 120))}**`;
    return `• ${head} — ${md(truncate(b.what, 240))}`;
  });
  embed.description =
    briefLines.length > 0 ? fitLines(briefLines, 3000).text : 'No new briefs since the last digest.';
  const budget = EMBED_LIMITS.total - embedLength(embed) - 50;
  const events = digest.events.map(eventLine);
  embed.fields =
    events.length > 0
      ? packFields('Coming up', events, 3, budget)
      : [{ name: 'Coming up', value: 'Nothing scheduled.' }];
  embed.footer = { text: `Times shown in your own zone · channel zone ${digest.timezone}` };
  return embed;
}

export function renderEventsEmbed(events: EventLine[], days: number, timezone: string): APIEmbed {
  const title = `Next ${days} day${days === 1 ? '' : 's'}`;
  const description =
    events.length > 0
      ? fitLines(
          events.map((e, i) => `${i + 1}. ${eventLine(e).slice(2)}`),
          EMBED_LIMITS.description,
        ).text
      : `No dates coming up in the next ${days} days.`;
  return { title, description, color: EVENTS_COLOR, footer: { text: `Channel zone ${timezone}` } };
}

export function renderReminderEmbed(event: EventLine, lead: string): APIEmbed {
  const lines = [`${discordWhen(event)} — ${lead}`];
  if (event.where) lines.push(`Where: ${md(event.where)}`);
  if (event.status === 'cancelled') lines.push('This event was cancelled.');
  if (event.status === 'rescheduled') lines.push('This event was moved to the date above.');
  if (event.url) lines.push(`From: ${maskedLink(event.title ?? event.url, event.url)}`);
  return {
    title: truncate(`Reminder: ${md(event.what)}`, EMBED_LIMITS.title),
    description: truncate(lines.join('\n'), EMBED_LIMITS.description),
    color: REMINDER_COLOR,
  };
}
