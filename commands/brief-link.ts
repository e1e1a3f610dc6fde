import { briefKey, canonicalUrl } from '../src/intake/canonical-url';
import { IntakeError } from '../src/intake/intake-port';
import type { CommandContext, CommandReply } from './command-context';
import { ephemeral, type CommandDeps, type CommandHandler } from './command-deps';

/** At most this many links per `/brief`, so one command cannot flood the queue. */
export const MAX_LINKS = 5;

/** A host name with a dot and an optional path: "example.com/story", "www.bbc.co.uk". */
const bareHost = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?::\d{1,5})?(?:[/?#]\S*)?$/i;

/** One typed word as a link: a URL, Slack's `<url>` / `<url|label>` form, or a host without a scheme (https assumed). */
function asLink(word: string): string | null {
  const wrapped = /^<([^|>]+)(?:\|[^>]*)?>$/.exec(word);
  const candidate = (wrapped?.[1] ?? word).trim();
  if (candidate === '') return null;
  if (/^https?:\/\//i.test(candidate)) return candidate;
  if (bareHost.test(candidate)) return `https://${candidate}`;
  return null;
}

/** Every link in what the person typed, in order, without repeats. */
export function linksFromArgs(args: string): string[] {
  const words = args
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '' && w.toLowerCase() !== 'again');
  const links = words.map(asLink).filter((l): l is string => l !== null);
  return [...new Set(links)];
}

/** Pulls the first link out of what the person typed (the first word, even if it is not a link). */
export function linkFromArgs(args: string): string | null {
  const first = args.trim().split(/\s+/)[0] ?? '';
  if (first === '') return null;
  return asLink(first) ?? /^<([^|>]+)(?:\|[^>]*)?>$/.exec(first)?.[1] ?? first;
}

/** True when the text starts with a link, so `/brief <url>` works without the word "link". */
export function looksLikeLink(text: string): boolean {
  const first = text.trim().split(/\s+/)[0] ?? '';
  return /^<?(https?:\/\/|www\.)/i.test(first) || asLink(first) !== null;
}

/** "example.com" for the placeholder: the host only, never text from the page. */
function hostOf(link: string): string | null {
  try {
    return new URL(link).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** Shows "Briefing <host>…" where the adapter can; its id goes with the destination so the brief replaces it. */
async function showPlaceholder(ctx: CommandContext<CommandDeps>, link: string): Promise<string | null> {
  const host = hostOf(link);
  if (!ctx.placeholder || host === null) return null;
  return ctx.placeholder.show(`Briefing ${host}…`).catch(() => null);
}

/** `/brief <url> again`: the channel's earlier post of this link, which the fresh brief follows. */
async function earlierPost(ctx: CommandContext<CommandDeps>, link: string): Promise<string | null> {
  if (!ctx.deps.deliveries) return null;
  const posted = await ctx.deps.deliveries.find(
    briefKey(canonicalUrl(link)),
    ctx.platform,
    ctx.channel,
    ctx.team,
  );
  return posted?.id ?? null;
}

async function briefOne(
  ctx: CommandContext<CommandDeps>,
  link: string,
  withPlaceholder: boolean,
  again: boolean,
): Promise<string> {
  let earlier: string | null = null;
  try {
    earlier = again ? await earlierPost(ctx, link) : null;
  } catch (err) {
    if (!(err instanceof IntakeError)) throw err;
  }
  const placeholder = withPlaceholder ? await showPlaceholder(ctx, link) : null;
  const drop = async () => {
    if (placeholder !== null) await ctx.placeholder?.drop().catch(() => undefined);
  };
  try {
    const result = await ctx.deps.intake.submit(
      link,
      {
        platform: ctx.platform,
        channel: ctx.channel,
        ...(ctx.workspace !== undefined ? { workspace: ctx.workspace } : {}),
        ...(ctx.team !== undefined ? { team: ctx.team } : {}),
        ...(placeholder !== null ? { placeholder } : {}),
        ...(earlier !== null ? { again: earlier } : {}),
        requester: ctx.requester,
      },
      again ? { again: true } : undefined,
    );
    if (result.status === 'failed') {
      await drop();
      return result.message ?? `Couldn’t brief ${result.url}; try again later.`;
    }
    if (again && result.status !== 'cached')
      return `Briefing ${result.url} again: the updated brief will be posted here when it’s ready.`;
    if (result.status === 'cached' && ctx.deps.deliveries && ctx.linkTo) {
      const posted = await ctx.deps.deliveries.find(result.key, ctx.platform, ctx.channel, ctx.team);
      if (posted) await drop();
      const link = posted ? await ctx.linkTo(posted.id).catch(() => null) : null;
      if (link) return `Already briefed here: ${link}`;
    }
    if (result.status === 'cached')
      // A channel gets each brief once: a channel that already has it sees nothing new.
      return `Already briefed ${result.url}: it will be posted here unless this channel already has it (search the channel for its title).`;
    if (result.status === 'attached')
      return `Already working on ${result.url}: the brief will be posted here too.`;
    return `Queued ${result.url}: the brief will be posted here when it’s ready.`;
  } catch (err) {
    await drop();
    if (err instanceof IntakeError && err.code === 'INVALID_URL')
      return `I can’t brief “${link}”: ${err.message}. Give a full web link such as https://example.com/news/article.`;
    throw err;
  }
}

/**
 * `/brief <url> [url…]` and `/brief link <url>`: queue each article (up to five); each brief is
 * posted in the channel when ready, and a failure comes back to the requester only (the worker's job).
 */
export const briefLink: CommandHandler = async (ctx): Promise<CommandReply> => {
  const links = linksFromArgs(ctx.args);
  if (links.length === 0) {
    const typed = linkFromArgs(ctx.args);
    if (typed === null)
      return ephemeral('Give me a link to brief: `/brief https://example.com/news/article`.');
    return ephemeral(
      `I can’t brief “${typed}”: it isn’t a web link. Give a full web link such as https://example.com/news/article.`,
    );
  }
  const shown = links.slice(0, MAX_LINKS);
  try {
    const lines: string[] = [];
    // One link: its brief replaces a "Briefing <host>…" placeholder (no second message).
    // `again`: the links are briefed anew even if this channel already has them (the articles changed).
    const again = ctx.args
      .trim()
      .split(/\s+/)
      .some((w) => w.toLowerCase() === 'again');
    for (const link of shown) lines.push(await briefOne(ctx, link, shown.length === 1, again));
    if (links.length > MAX_LINKS)
      lines.push(
        `Only the first ${MAX_LINKS} links were taken; send the other ${links.length - MAX_LINKS} again.`,
      );
    return ephemeral(lines.join('\n'));
  } catch (err) {
    if (err instanceof IntakeError && err.code === 'QUEUE_UNAVAILABLE') {
      return ephemeral(
        'briefbot can’t reach its queue right now, so nothing was queued. Try again in a minute; if it keeps happening, tell whoever runs briefbot (Redis may be down).',
      );
    }
    throw err;
  }
};
