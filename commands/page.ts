import { channelPagePath } from '../src/http/channel-page/channel-page-path';
import { ephemeral, type CommandHandler } from './command-deps';

/** `/brief page [reset]`: the secret link of this channel's web page; `reset` replaces it (the old link stops working). */
export const page: CommandHandler = async (ctx) => {
  const { channelPage, publicUrl } = ctx.deps;
  if (!channelPage) return ephemeral('The channel page is not set up in this briefbot.');
  if (!publicUrl)
    return ephemeral(
      'The channel page needs PUBLIC_URL (the address people reach briefbot’s HTTP server at). Ask the admin to set it.',
    );
  const ref = { platform: ctx.platform, channel: ctx.channel };
  const arg = ctx.args.trim().toLowerCase();
  if (arg !== '' && arg !== 'reset')
    return ephemeral('Use `/brief page` for the link or `/brief page reset` for a new one.');
  if (arg === 'reset') {
    const token = await channelPage.reset(ref);
    return ephemeral(
      `New page link for this channel (the old one no longer works):\n${channelPagePath(publicUrl, token)}`,
    );
  }
  const token = await channelPage.ensure(ref);
  return ephemeral(
    `This channel’s briefs, upcoming dates and settings on one page:\n${channelPagePath(publicUrl, token)}\nAnyone with the link can read it; \`/brief page reset\` replaces it.`,
  );
};
