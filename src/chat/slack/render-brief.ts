import type { Brief, NextDate, Person } from '../../engine/brief';
import { context, fitBlocks, section, slackLimits, type SlackBlock, type SlackMessage } from './slack-blocks';
import { dateRefsOf } from '../../events/date-ref';
import { whenInChannel } from '../../events/event-when';
import { eventButtons } from './interactions/event-buttons';
import { escapeSlackText, fitLines, humanDate, slackLink, slackWhen, truncate } from './slack-text';

/** How many people and dates a brief shows before "… and N more". */
const maxPeople = 15;
const maxDates = 10;
const maxQuote = 300;

function personLine(p: Person): string {
  const role = p.role ? ` — ${escapeSlackText(p.role)}` : '';
  const kind = p.kind === 'organization' ? ' _(organization)_' : '';
  return `• ${escapeSlackText(p.name)}${role}${kind}`;
}

function dateLine(d: NextDate, channelZone: string): string {
  const when = slackWhen(whenInChannel(d, channelZone));
  const where = d.where ? ` · ${escapeSlackText(d.where)}` : '';
  const quote = escapeSlackText(truncate(d.quote.replace(/\s+/g, ' ').trim(), maxQuote));
  return `*${when}* — ${escapeSlackText(d.what)}${where}\n> ${quote}`;
}

/** The fallback text: what notifications and screen readers without blocks show. */
function fallback(brief: Brief): string {
  const dates = brief.next.map((d) => `${d.date} ${d.what}`).join('; ');
  const text = `Brief: ${brief.title}${brief.url ? ` (${brief.url})` : ''}\n${brief.what}${dates ? `\nNext: ${dates}` : ''}`;
  return escapeSlackText(truncate(text, slackLimits.fallbackText));
}

/**
 * A brief as Block Kit: the title linked to the article, site and date as context, then Who,
 * What, Next dates (each with label, place and quote, and its buttons: "Remind me", "Not an event",
 * "Wrong date…") and any extraction warnings. Long lists are
 * cut with "… and N more"; every text from the article is escaped.
 */
export function renderBrief(brief: Brief, channelZone = 'UTC'): SlackMessage {
  const title = brief.title.trim() || brief.url || 'Untitled article';
  const blocks: SlackBlock[] = [
    section(`*${brief.url ? slackLink(brief.url, title) : escapeSlackText(title)}*`),
  ];
  const meta = [
    brief.site,
    brief.publishedSource === 'fetched'
      ? 'publication date not found on the page'
      : brief.published
        ? humanDate(brief.published)
        : undefined,
    `engine: ${brief.engine}`,
  ]
    .filter((x): x is string => Boolean(x))
    .map(escapeSlackText)
    .join(' · ');
  blocks.push(context(meta));
  if (brief.who.length > 0) {
    blocks.push(
      section(
        `*Who*\n${fitLines(brief.who.map(personLine), slackLimits.sectionText - 10, maxPeople, 'people and organizations')}`,
      ),
    );
  }
  if (brief.what.trim())
    blocks.push(
      section(`*What*\n${escapeSlackText(truncate(brief.what.trim(), slackLimits.sectionText - 10))}`),
    );
  if (brief.next.length > 0) {
    blocks.push(section('*Next dates*'));
    for (const d of brief.next.slice(0, maxDates)) blocks.push(section(dateLine(d, channelZone)));
    const more = brief.next.length - maxDates;
    if (more > 0)
      blocks.push(
        context(
          `… and ${more} more dates: \`/brief events\` lists them all, and \`/brief calendar\` puts them in your calendar.`,
        ),
      );
  } else {
    blocks.push(context('No upcoming dates found in this article.'));
  }
  for (const w of brief.warnings ?? []) blocks.push(context(`:warning: ${escapeSlackText(w)}`));
  return { text: fallback(brief), blocks: fitBlocks(withDateButtons(blocks, brief)) };
}

/**
 * Puts the buttons of each shown date under it ("Remind me", "Not an event", "Wrong date…"), as many as
 * fit the message budget from the first date on; a date without them is still fixed with
 * `/brief events remove N`. Values are date references, never article text.
 */
function withDateButtons(blocks: SlackBlock[], brief: Brief): SlackBlock[] {
  const refs = dateRefsOf(brief);
  const first = blocks.findIndex((b) => b.type === 'section' && b.text.text === '*Next dates*') + 1;
  if (first === 0) return blocks;
  const out = [...blocks];
  let size = JSON.stringify(out).length;
  for (let i = 0; i < Math.min(refs.length, maxDates); i++) {
    const buttons = eventButtons(refs[i] ?? '', i);
    size += JSON.stringify(buttons).length + 1;
    if (size > slackLimits.blocksJson || out.length >= slackLimits.blocks) break;
    out.splice(first + 2 * i + 1, 0, buttons);
  }
  return out;
}
