import type { DigestView, EventLine } from '../../core/chat-message';
import { context, fitBlocks, header, section, slackLimits, type SlackMessage } from './slack-blocks';
import { whenText } from '../../events/event-when';
import { escapeSlackText, fitLines, humanDate, slackLink, slackWhen, truncate } from './slack-text';

const maxLines = 25;

/** One upcoming date as a mrkdwn line: "*Mon 10 Jan 2022* — Talks · Geneva · <url|title>" (timed: a Slack date token). */
export function eventLineText(e: EventLine): string {
  const when = `*${slackWhen(e)}*`;
  const what =
    e.status === 'cancelled' ? `~${escapeSlackText(e.what)}~ (cancelled)` : escapeSlackText(e.what);
  const moved = e.status === 'rescheduled' ? ' (moved)' : '';
  const where = e.where ? ` · ${escapeSlackText(e.where)}` : '';
  const source = e.url ? ` · ${slackLink(e.url, e.title ?? 'source')}` : '';
  return `${when} — ${what}${moved}${where}${source}`;
}

/** The reply to `/brief events`: the channel's upcoming dates in its time zone. */
export function renderEvents(events: readonly EventLine[], days: number, timezone: string): SlackMessage {
  const title = `Upcoming dates, next ${days} day${days === 1 ? '' : 's'} (${timezone})`;
  if (events.length === 0) {
    return {
      text: `${title}: nothing scheduled.`,
      blocks: [section(`*${escapeSlackText(title)}*\nNothing scheduled.`)],
    };
  }
  const body = fitLines(
    events.map((e, i) => `${i + 1}. ${eventLineText(e)}`),
    slackLimits.sectionText - title.length - 10,
    maxLines,
    'dates',
  );
  return {
    text: escapeSlackText(
      truncate(`${title}: ${events.map((e) => `${e.date} ${e.what}`).join('; ')}`, slackLimits.fallbackText),
    ),
    blocks: fitBlocks([section(`*${escapeSlackText(title)}*\n${body}`)]),
  };
}

/** The daily digest: briefs delivered since yesterday and the dates coming up. */
export function renderDigest(digest: DigestView): SlackMessage {
  const blocks = [header(`Daily digest, ${humanDate(digest.day)}`)];
  if (digest.briefs.length > 0) {
    const lines = digest.briefs.map(
      (b) =>
        `• *${b.url ? slackLink(b.url, b.title) : escapeSlackText(b.title)}*: ${escapeSlackText(truncate(b.what, 280))}`,
    );
    blocks.push(
      section(`*New briefs*\n${fitLines(lines, slackLimits.sectionText - 20, maxLines, 'briefs')}`),
    );
  } else {
    blocks.push(context('No new briefs since the last digest.'));
  }
  if (digest.events.length > 0) {
    blocks.push(
      section(
        `*Coming up* (${escapeSlackText(digest.timezone)})\n${fitLines(digest.events.map(eventLineText), slackLimits.sectionText - 60, maxLines, 'dates')}`,
      ),
    );
  }
  const text = `Daily digest ${digest.day}: ${digest.briefs.length} new brief(s), ${digest.events.length} upcoming date(s).`;
  return { text, blocks: fitBlocks(blocks) };
}

/** "in 25 hours" → "In 25 hours", "tomorrow" → "Tomorrow". */
function capitalized(phrase: string): string {
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

/** A reminder ping, posted in the brief's thread: "Tomorrow: …", "In 2 hours: …". */
export function renderReminder(event: EventLine, lead: string): SlackMessage {
  const line = `:alarm_clock: *${escapeSlackText(capitalized(lead))}:* ${eventLineText(event)}`;
  return {
    text: escapeSlackText(
      truncate(`Reminder, ${lead}: ${event.what} (${whenText(event)})`, slackLimits.fallbackText),
    ),
    blocks: [section(line)],
  };
}
