import { canonicalUrl } from '../src/intake/canonical-url';
import { IntakeError } from '../src/intake/intake-port';
import { parseWordList } from '../src/feeds/item-filter';
import { linkFromArgs } from './brief-link';
import { ephemeral, type CommandHandler } from './command-deps';
import { requireManager } from './require-manager';

const usage =
  'Usage: `/brief follow <feed or page URL> [include:word1,word2] [exclude:word3]`, e.g. `/brief follow https://example.com/news/rss include:election`.';

/** `/brief follow <url> include:… exclude:…` split into its parts. */
export function parseFollowArgs(args: string): { url: string | null; include: string[]; exclude: string[] } {
  const include = /(?:^|\s)include:\s*([\s\S]*?)(?=\s+exclude:|$)/i.exec(args)?.[1] ?? '';
  const exclude = /(?:^|\s)exclude:\s*([\s\S]*?)(?=\s+include:|$)/i.exec(args)?.[1] ?? '';
  const first = args.trim().split(/\s+/)[0] ?? '';
  const url = /^(include|exclude):/i.test(first) ? null : linkFromArgs(first);
  return { url, include: parseWordList(include), exclude: parseWordList(exclude) };
}

/**
 * `/brief follow <feed-or-page-url> [include:w1,w2] [exclude:w3]`: new items of the feed are briefed
 * in this channel (a page URL follows the feed it advertises). Channel managers only. The URL is read
 * by the worker; the person is told privately what was found.
 */
export const follow: CommandHandler = async (ctx) => {
  const refusal = await requireManager(ctx, 'the feeds this channel follows');
  if (refusal) return refusal;
  const feeds = ctx.deps.feeds;
  if (!feeds) return ephemeral('Following feeds needs the briefbot worker, which this install does not run.');
  const { url, include, exclude } = parseFollowArgs(ctx.args);
  if (url === null) return ephemeral(`Give me the address of a feed or of a news page. ${usage}`);
  // The worker fetches the address as typed (a trailing slash can matter); the check is only for validity.
  let canonical: string;
  try {
    canonicalUrl(url);
    canonical = new URL(url).href;
  } catch (err) {
    if (err instanceof IntakeError) return ephemeral(`I can’t follow “${url}”: ${err.message}. ${usage}`);
    throw err;
  }
  try {
    await feeds.requestFollow({
      url: canonical,
      destination: {
        platform: ctx.platform,
        channel: ctx.channel,
        ...(ctx.workspace !== undefined ? { workspace: ctx.workspace } : {}),
        ...(ctx.team !== undefined ? { team: ctx.team } : {}),
        requester: ctx.requester,
      },
      include,
      exclude,
    });
  } catch (err) {
    ctx.deps.logger?.warn({ err, url: canonical }, 'could not queue a follow');
    return ephemeral(
      'briefbot can’t reach its queue right now, so nothing was followed. Try again in a minute.',
    );
  }
  return ephemeral(`Checking ${canonical} for a feed… I’ll tell you here what I found.`);
};
