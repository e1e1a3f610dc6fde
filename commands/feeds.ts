import { channelRefOf } from '../src/storage/channel-settings-store';
import type { FollowStatus } from '../src/feeds/feed-records';
import { plainText } from '../src/feeds/feed-text';
import { ephemeral, type CommandHandler } from './command-deps';

/** One line of `/brief feeds`. */
export function feedLine(s: FollowStatus): string {
  const words = [
    s.follow.include.length > 0 ? `include: ${s.follow.include.join(', ')}` : '',
    s.follow.exclude.length > 0 ? `exclude: ${s.follow.exclude.join(', ')}` : '',
  ].filter((w) => w !== '');
  return [
    `• ${plainText(s.feed.title, 100)} — ${s.feed.url}`,
    s.feed.state,
    `last poll ${s.feed.lastPollAt ? s.feed.lastPollAt.slice(0, 16).replace('T', ' ') + ' UTC' : 'not yet'}`,
    `${s.posted} posted`,
    `last error: ${s.feed.lastError ? plainText(s.feed.lastError, 200) : 'none'}`,
    ...words,
  ].join(' · ');
}

/** `/brief feeds`: the feeds this channel follows, with their state. Anyone may read it. */
export const feeds: CommandHandler = async (ctx) => {
  const port = ctx.deps.feeds;
  if (!port) return ephemeral('Following feeds needs the briefbot worker, which this install does not run.');
  let list: FollowStatus[];
  try {
    list = await port.list(channelRefOf(ctx));
  } catch (err) {
    ctx.deps.logger?.warn({ err }, 'feeds list failed');
    return ephemeral('briefbot can’t reach its store right now; try again in a minute.');
  }
  if (list.length === 0)
    return ephemeral('This channel follows no feeds. Follow one with `/brief follow <feed or page URL>`.');
  const paused = list.filter((s) => s.feed.state === 'paused').length;
  const head = `This channel follows ${list.length} feed${list.length === 1 ? '' : 's'}${paused > 0 ? ` (${paused} paused: follow again to resume)` : ''}:`;
  return ephemeral([head, ...list.map(feedLine)].join('\n'));
};
