import { channelPagePlugin } from './channel-page-plugin';
import { lazyPlugin } from './lazy-plugin';
import type { PlatformPlugin } from './plugin-contract';

export type { Closeable, InputContext, PlatformPlugin, PortContext, WorkerContext } from './plugin-contract';

/* eslint-disable @typescript-eslint/no-require-imports, @typescript-eslint/consistent-type-imports -- lazy loads in
   CommonJS: Bolt and discord.js load only in a process configured for that platform (docs/adr/038-lean-worker-and-cli.md) */
const slackPlugin = lazyPlugin(
  'slack',
  // one workspace (SLACK_BOT_TOKEN) or installs by many (SLACK_CLIENT_ID, docs/adr/034)
  (config) => config.SLACK_BOT_TOKEN !== undefined || config.SLACK_CLIENT_ID !== undefined,
  () => (require('./slack-plugin') as typeof import('./slack-plugin')).slackPlugin,
);
const discordPlugin = lazyPlugin(
  'discord',
  (config) => config.DISCORD_TOKEN !== undefined,
  () => (require('./discord-plugin') as typeof import('./discord-plugin')).discordPlugin,
);
/* eslint-enable @typescript-eslint/no-require-imports, @typescript-eslint/consistent-type-imports */

/**
 * Append your plugin here (one small additive edit per feature). The events calendar and followed
 * feeds are not plugins: the roots wire them (src/app/roots/, src/app/process/).
 */
export const platformPlugins: PlatformPlugin[] = [slackPlugin, discordPlugin, channelPagePlugin];
