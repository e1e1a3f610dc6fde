import type { APIEmbed } from 'discord.js';
import type { Brief, NextDate, Person } from '../../engine/brief';
import { whenInChannel } from '../../events/event-when';
import { escapeDiscordMarkdown as md } from './discord-markdown';
import { discordWhen } from './discord-timestamp';
import { EMBED_LIMITS, embedLength, fitLines, packFields, truncate } from './embed-limits';

/** Blurple-ish accent so briefs stand out from chat. */
const BRIEF_COLOR = 0x3b82f6;
const DESCRIPTION_MAX = 1500;
/** Added to the footer when dates were left out (room for it is kept in the budget). */
const POINTER = 'All dates: /brief events · in your calendar: /brief calendar';

function personLine(p: Person): string {
  const role = p.role ? ` — ${md(p.role)}` : '';
  const kind = p.kind === 'organization' ? ' (org)' : '';
  return `• **${md(p.name)}**${kind}${role}`;
}

function nextLine(n: NextDate, channelZone: string): string {
  const where = n.where ? ` · ${md(n.where)}` : '';
  return `• ${discordWhen(whenInChannel(n, channelZone))} — ${md(n.what)}${where}`;
}

function isHttpUrl(url: string | undefined): url is string {
  return url !== undefined && /^https?:\/\//i.test(url);
}

/**
 * One embed for a brief: title linked to the article, `what` as description, fields for who and
 * next dates, footer with the site. Always within Discord's limits; long lists end with "… and N more".
 */
export function renderBriefEmbed(brief: Brief, channelZone = 'UTC'): APIEmbed {
  const title = truncate(md(brief.title.trim() || brief.url || 'Brief'), EMBED_LIMITS.title);
  const dated =
    brief.publishedSource === 'fetched'
      ? 'publication date not found on the page'
      : brief.published
        ? `published ${brief.published}`
        : undefined;
  const footerParts = [brief.site, dated].filter((p): p is string => Boolean(p));
  const footer = footerParts.length > 0 ? { text: truncate(footerParts.join(' · '), 200) } : undefined;
  const description = truncate(md(brief.what.trim()) || 'No summary.', DESCRIPTION_MAX);

  const embed: APIEmbed = { title, description, color: BRIEF_COLOR };
  if (isHttpUrl(brief.url)) embed.url = brief.url;
  if (footer) embed.footer = footer;

  let budget = EMBED_LIMITS.total - embedLength(embed);
  const fields: APIEmbed['fields'] = [];
  const warnings = brief.warnings ?? [];
  if (warnings.length > 0) {
    const note = {
      name: 'Note',
      value: fitLines(
        warnings.map((w) => `⚠ ${md(w)}`),
        300,
      ).text,
    };
    budget -= note.name.length + note.value.length;
    fields.push(note);
  }

  const whoLines = brief.who.map(personLine);
  const who =
    whoLines.length > 0
      ? packFields('Who', whoLines, 1, Math.min(budget, 1100))
      : [{ name: 'Who', value: 'No one named.' }];
  for (const f of who) budget -= f.name.length + f.value.length;

  const nextLines = brief.next.map((n) => nextLine(n, channelZone));
  const maxNextFields = EMBED_LIMITS.fields - who.length - fields.length;
  const next =
    nextLines.length > 0
      ? packFields('Next dates', nextLines, Math.min(4, maxNextFields), budget - POINTER.length - 3)
      : [{ name: 'Next dates', value: 'No upcoming dates found.' }];

  embed.fields = [...who, ...next, ...fields];
  if (/… and \d+ more$/.test(next.at(-1)?.value ?? '')) {
    // Dates left out: say where they all are (the footer has room; fields may not).
    embed.footer = { text: [embed.footer?.text, POINTER].filter(Boolean).join(' · ') };
  }
  return embed;
}
