import { channelRefOf } from '../src/storage/channel-settings-store';
import { IntakeError } from '../src/intake/intake-port';
import { plainText } from '../src/feeds/feed-text';
import { linkFromArgs } from './brief-link';
import { ephemeral, type CommandHandler } from './command-deps';
import { requireManager } from './require-manager';

/** `/brief unfollow <url>`: this channel stops getting the feed's items. Channel managers only. */
export const unfollow: CommandHandler = async (ctx) => {
  const refusal = await requireManager(ctx, 'the feeds this channel follows');
  if (refusal) return refusal;
  const feeds = ctx.deps.feeds;
  if (!feeds) return ephemeral('Following feeds needs the briefbot worker, which this install does not run.');
  const url = linkFromArgs(ctx.args);
  if (url === null)
    return ephemeral('Give me the address you followed: `/brief unfollow <url>` (see `/brief feeds`).');
  try {
    const feed = await feeds.unfollow(channelRefOf(ctx), url);
    if (feed === null)
      return ephemeral(`This channel doesn’t follow ${url}. \`/brief feeds\` lists what it follows.`);
    return ephemeral(
      `Unfollowed ${plainText(feed.title, 100)} (${feed.url}): no more of its items will be posted here.`,
    );
  } catch (err) {
    if (err instanceof IntakeError) return ephemeral(`“${url}” is not a link: ${err.message}.`);
    ctx.deps.logger?.warn({ err, url }, 'unfollow failed');
    return ephemeral('briefbot can’t reach its store right now; try again in a minute.');
  }
};
