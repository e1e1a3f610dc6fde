import { channelPagePlugin } from './channel-page-plugin';
import { discordPlugin } from './discord-plugin';
import { slackPlugin } from './slack-plugin';
import type { PlatformPlugin } from './plugin-contract';

export type { Closeable, InputContext, PlatformPlugin, PortContext, WorkerContext } from './plugin-contract';

/**
 * Append your plugin here (one small additive edit per feature). The events calendar and followed
 * feeds are not plugins: the roots wire them (src/app/roots/, src/app/process/).
 */
export const platformPlugins: PlatformPlugin[] = [slackPlugin, discordPlugin, channelPagePlugin];
