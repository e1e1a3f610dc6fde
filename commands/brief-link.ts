import { IntakeError } from '../src/intake/intake-port';
import { ephemeral, type CommandHandler } from './command-deps';

/** Pulls the link out of what the person typed: a bare URL, or Slack's `<url>` / `<url|label>` form. */
export function linkFromArgs(args: string): string | null {
  const first = args.trim().split(/\s+/)[0] ?? '';
  const wrapped = /^<([^|>]+)(?:\|[^>]*)?>$/.exec(first);
  const candidate = wrapped?.[1] ?? first;
  return candidate === '' ? null : candidate;
}

/** True when the text looks like a link, so `/brief <url>` works without the word "link". */
export function looksLikeLink(text: string): boolean {
  const link = linkFromArgs(text);
  return link !== null && /^(https?:\/\/|www\.)/i.test(link);
}

/**
 * `/brief <url>` and `/brief link <url>`: queue the article; the brief is posted in the channel
 * when ready, and a failure comes back to the requester only (the worker's job).
 */
export const briefLink: CommandHandler = async (ctx) => {
  const link = linkFromArgs(ctx.args);
  if (link === null) return ephemeral('Give me a link to brief: `/brief https://example.com/news/article`.');
  try {
    const result = await ctx.deps.intake.submit(link, {
      platform: ctx.platform,
      channel: ctx.channel,
      ...(ctx.workspace !== undefined ? { workspace: ctx.workspace } : {}),
      requester: ctx.requester,
    });
    if (result.status === 'failed')
      return ephemeral(result.message ?? `Couldn’t brief ${result.url}; try again later.`);
    if (result.status === 'cached') {
      // A channel gets each brief once: a channel that already has it sees nothing new.
      return ephemeral(
        `Already briefed ${result.url}: it will be posted here unless this channel already has it (search the channel for its title).`,
      );
    }
    if (result.status === 'attached')
      return ephemeral(`Already working on ${result.url}: the brief will be posted here too.`);
    return ephemeral(`Queued ${result.url}: the brief will be posted here when it’s ready.`);
  } catch (err) {
    if (err instanceof IntakeError && err.code === 'INVALID_URL') {
      return ephemeral(
        `I can’t brief “${link}”: ${err.message}. Give a full web link such as https://example.com/news/article.`,
      );
    }
    if (err instanceof IntakeError && err.code === 'QUEUE_UNAVAILABLE') {
      return ephemeral(
        'briefbot can’t reach its queue right now, so nothing was queued. Try again in a minute; if it keeps happening, tell whoever runs briefbot (Redis may be down).',
      );
    }
    throw err;
  }
};
