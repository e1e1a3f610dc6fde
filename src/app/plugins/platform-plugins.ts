import { channelPagePlugin } from './channel-page-plugin';
import { discordPlugin } from './discord-plugin';
import { eventsPlugin } from '../process/events-wiring';
import { feedsPlugin } from './feeds-plugin';
import { slackPlugin } from './slack-plugin';
import type { PlatformPlugin } from './plugin-contract';

export type { Closeable, InputContext, PlatformPlugin, PortContext, WorkerContext } from './plugin-contract';

/** Append your plugin here (one small additive edit per feature). */
export const platformPlugins: PlatformPlugin[] = [
  slackPlugin,
  discordPlugin,
  eventsPlugin,
  channelPagePlugin,
  feedsPlugin,
];
