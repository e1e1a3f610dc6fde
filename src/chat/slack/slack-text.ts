import type { When } from '../../core/chat-message';
import { humanDate, whenText } from '../../events/event-when';

export { humanDate };
// Characters that render as nothing; stripped first, so "@\u200bhere" cannot hide a mention from the defang step.
const INVISIBLE = /[\u200b-\u200f\u2060-\u2064\ufeff\u00ad]/g;
// Plain-text mass mentions; a lookbehind keeps e-mail addresses ("desk@here.org") out of it.
const MASS_MENTION = /(?<![\w.])([@\uff20])(here|channel|everyone)\b/giu;

/**
 * Text helpers for Slack mrkdwn. Everything that comes from an article, a feed or a person is
 * passed through `escapeSlackText` so it can't @-mention a channel (`<!channel>`), ping a user
 * or inject a link (`<https://evil|click>`). Invisible characters are removed first, then plain
 * `@here`, `@channel` and `@everyone` are defanged with a zero-width space after the `@` (nothing
 * strips after that). Mrkdwn objects are also sent with `verbatim: true` (slack-blocks.ts).
 * https://api.slack.com/reference/surfaces/formatting#escaping
 */
export function escapeSlackText(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(MASS_MENTION, '$1\u200b$2');
}

/** A mrkdwn link whose label is escaped and whose URL can't break out of `<…|…>`. */
export function slackLink(url: string, label: string): string {
  if (!/^https?:\/\//i.test(url)) return escapeSlackText(label);
  const safeUrl = url.replace(/&/g, '&amp;').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/\|/g, '%7C');
  return `<${safeUrl}|${escapeSlackText(label.replace(/\s+/g, ' ').trim() || url)}>`;
}

/** Cuts `text` to at most `max` characters, ending with "…" when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

/**
 * Joins lines into one text of at most `maxChars`, showing at most `maxLines`; whatever does not
 * fit is summed up as "… and N more" (with `noun`, e.g. "… and 28 more people").
 */
export function fitLines(lines: readonly string[], maxChars: number, maxLines: number, noun = ''): string {
  const moreLine = (n: number) => `… and ${n} more${noun ? ` ${noun}` : ''}`;
  const reserve = moreLine(lines.length).length + 1;
  const shown: string[] = [];
  let used = 0;
  for (const [i, line] of lines.entries()) {
    const remaining = lines.length - i;
    const budget = remaining > 1 ? maxChars - reserve : maxChars;
    const separator = shown.length > 0 ? 1 : 0;
    if (shown.length >= maxLines || used + separator + line.length > budget) {
      if (shown.length > 0) return [...shown, moreLine(remaining)].join('\n');
      const cut = truncate(line, budget);
      shown.push(cut);
      used += cut.length;
      continue;
    }
    shown.push(line);
    used += separator + line.length;
  }
  return shown.join('\n');
}

/**
 * A date as Slack shows it. A timed event is `<!date^unix^{date_short_pretty} {time}|fallback>`, which
 * each reader sees in their own zone ("Tomorrow 14:00"); the fallback names the channel's zone. A day or
 * a month is plain "Mon 10 Jan 2022" / "March 2022" (a day is a day wherever the reader is).
 * https://api.slack.com/reference/surfaces/formatting#date-formatting
 */
export function slackWhen(when: When): string {
  if (when.at === undefined) return escapeSlackText(humanDate(when.date));
  const fallback = escapeSlackText(whenText(when)).replace(/\|/g, '/');
  return `<!date^${Math.floor(when.at / 1000)}^{date_short_pretty} {time}|${fallback}>`;
}
