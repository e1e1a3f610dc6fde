import type { When } from '../../core/chat-message';
import { humanDate } from '../../events/event-when';

/**
 * How one date reads in Discord. A timed event is its instant as `<t:unix:f>`, which each reader's
 * client shows in their own zone; a day is `<t:…:D>` pinned to 12:00 UTC, so readers from UTC-11 to
 * UTC+11 all see the same calendar day; a month is "March 2022".
 * https://discord.com/developers/docs/reference#message-formatting-timestamp-styles
 */
export function discordWhen(when: When): string {
  if (when.at !== undefined) return `<t:${Math.floor(when.at / 1000)}:f>`;
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(when.date);
  if (!day) return humanDate(when.date);
  return `<t:${Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]), 12) / 1000}:D>`;
}
