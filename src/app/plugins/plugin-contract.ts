import type { ChatPort } from '../../chat/chat-port';
import type { Clock } from '../../clock/clock';
import type { Config } from '../../config/config';
import type { ChatPorts } from '../../delivery/chat-ports';
import type { OnDelivered } from '../../delivery/deliver-service';
import type { EventsModule } from '../../events/events-module';
import type { HttpRoutes } from '../../http/create-http-app';
import type { ServiceMetrics } from '../../http/service-metrics';
import type { IntakePort } from '../../intake/intake-port';
import type { Logger } from '../../logging/logger';
import type { ChannelSettingsStore } from '../../storage/channel-settings-store';
import type { BriefbotQueues } from '../../queue/create-queues';
import type { RedisClient as Redis } from '../../core/redis-client';

/** Something a plugin started that must stop on shutdown. */
export interface Closeable {
  close(): Promise<void>;
}

/** What the input side (bot) offers a plugin: mount routes, submit links, read channel settings. */
export interface InputContext {
  config: Config;
  logger: Logger;
  /** The root's clock: plugins never pick their own. */
  clock: Clock;
  /** The channel calendar (events, reminders, digests) the commands read and change. */
  events: EventsModule;
  routes: HttpRoutes;
  intake: IntakePort;
  channelSettings: ChannelSettingsStore;
  queues: BriefbotQueues;
  /** The fail-fast input connection (for small stores of the plugin's own). */
  redis: Redis;
}

/** What a chat port is built from (before the worker connects). */
export interface PortContext {
  config: Config;
  logger: Logger;
  clock: Clock;
  /** The worker's connection once it is up (a port reads per-team tokens through it when posting). */
  redis?: () => Redis;
}

/** What the worker side offers a plugin. */
export interface WorkerContext {
  config: Config;
  logger: Logger;
  clock: Clock;
  /** The worker's events module: the delivery hook and the reminder and digest processors share it. */
  events: EventsModule;
  queues: BriefbotQueues;
  /** A worker connection (maxRetriesPerRequest: null). */
  redis: Redis;
  channelSettings: ChannelSettingsStore;
  /** The worker's chat ports by platform (reminders and digests post through them). */
  chatPorts?: ChatPorts;
  /** The service metrics, when this process serves /metrics. */
  metrics?: ServiceMetrics;
}

/**
 * A chat platform (or other feature) plugged into the processes. Slack and Discord each add one to
 * `platformPlugins`; a plugin that is not configured returns nothing.
 * - `startInput` runs in `bot`/`serve`: receivers, routes, command handlers.
 * - `chatPort` builds the worker's poster for the platform.
 * - `onDelivered` runs after each brief is posted (after the events calendar's own hook).
 * - `startWorker` starts whatever else the plugin runs in `worker`/`serve`; queue processors belong
 *   in the queue table (src/app/roots/queue-table.ts). Time comes from `ctx.clock`, never `Date.now()`.
 */
export interface PlatformPlugin {
  name: string;
  startInput?(ctx: InputContext): Promise<Closeable | undefined>;
  chatPort?(ctx: PortContext): ChatPort | undefined;
  onDelivered?(ctx: WorkerContext): OnDelivered | undefined;
  startWorker?(ctx: WorkerContext): Promise<Closeable | undefined>;
}
