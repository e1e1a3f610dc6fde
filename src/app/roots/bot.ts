import { systemClock, type Clock } from '../../clock/clock';
import type { Config } from '../../config/config';
import type { Platform } from '../../core/destination';
import { mountAdminBoard } from '../../http/admin-board';
import { createBriefsApiRouter } from '../../http/briefs-api-router';
import {
  createHttpApp,
  httpAppOptions,
  listenMetricsOnly,
  type HttpApp,
  type ListeningServer,
} from '../../http/create-http-app';
import { createReadinessRouter, redisReadinessProbe } from '../../http/readiness-router';
import { createCalendarRouter } from '../../http/calendar-routes';
import { registerQueueDepths } from '../../http/service-metrics';
import type { Logger } from '../../logging/logger';
import { createEventsModule } from '../process/events-wiring';
import { createInputSide, type InputSide } from '../process/input-side';
import type { Closeable, PlatformPlugin } from '../plugins/plugin-contract';

export interface BotDeps {
  config: Config;
  logger: Logger;
  /** The process's clock, handed to every plugin (default: the system clock). */
  clock?: Clock;
  plugins: PlatformPlugin[];
  /** Use this HTTP app instead of a new one (serve shares it with the worker's metrics). */
  http?: HttpApp;
  /** Listen on this port instead of HTTP_PORT (tests pass 0). */
  port?: number;
  host?: string;
  /** The platforms POST /api/briefs accepts (default Slack and Discord; tests add their own). */
  apiPlatforms?: readonly Platform[];
}

export interface RunningBot {
  input: InputSide;
  http: HttpApp;
  /** The address and port the HTTP server is bound to (HTTP_HOST, HTTP_PORT). */
  address: string;
  port: number;
  /** The localhost-only /metrics server, when METRICS_PORT is set. */
  metrics?: { address: string; port: number };
  /** Stops taking input (HTTP, chat receivers), then closes queues and Redis. */
  close(): Promise<void>;
}

/**
 * The input side: the HTTP server (API, health, metrics, admin) and the chat receivers the plugins
 * start. It only touches Redis, so it answers within the platforms' 3-second window.
 */
export async function startBot(deps: BotDeps): Promise<RunningBot> {
  const { config, logger } = deps;
  const input = await createInputSide(config, logger);
  const http = deps.http ?? createHttpApp(httpAppOptions(config));
  registerQueueDepths(http.registry, input.queues.all());
  http.routes.mount('/', createReadinessRouter(redisReadinessProbe(input.redis, config.BRIEFBOT_PREFIX)));
  http.routes.mount(
    '/api',
    createBriefsApiRouter({
      apiToken: config.API_TOKEN,
      intake: input.intake,
      states: input.briefStore,
      jobState: input.jobState,
      ...(deps.apiPlatforms ? { platforms: deps.apiPlatforms } : {}),
    }),
  );
  if (
    mountAdminBoard(http.routes, input.queues.all(), {
      user: config.ADMIN_USER,
      password: config.ADMIN_PASSWORD,
    })
  ) {
    logger.info('queue board at /admin/queues');
  }
  const started: Closeable[] = [];
  const clock = deps.clock ?? systemClock;
  const events = createEventsModule({
    config,
    logger,
    clock,
    queues: input.queues,
    redis: input.redis,
    channelSettings: input.channelSettings,
  });
  http.routes.mount('/', createCalendarRouter({ events, logger }));
  for (const plugin of deps.plugins) {
    const running = await plugin.startInput?.({
      config,
      logger,
      clock,
      events,
      routes: http.routes,
      intake: input.intake,
      channelSettings: input.channelSettings,
      queues: input.queues,
      redis: input.redis,
    });
    if (running) started.push(running);
  }
  const listening = await http.listen(deps.port ?? config.HTTP_PORT, deps.host ?? config.HTTP_HOST);
  logger.info({ address: listening.address, port: listening.port }, 'briefbot is listening');
  let metrics: ListeningServer | undefined;
  if (config.METRICS_PORT !== undefined) {
    metrics = await listenMetricsOnly(http.registry, config.METRICS_PORT, config.METRICS_TOKEN);
    logger.info({ port: metrics.port }, 'metrics at http://127.0.0.1:<port>/metrics only');
  }
  return {
    input,
    http,
    address: listening.address,
    port: listening.port,
    ...(metrics ? { metrics: { address: metrics.address, port: metrics.port } } : {}),
    close: async () => {
      await metrics?.close();
      await listening.close();
      await Promise.allSettled(started.map((s) => s.close()));
      await input.close();
    },
  };
}
