import type { Clock } from '../../clock/clock';
import type { Config } from '../../config/config';
import type { ChatPorts } from '../../delivery/chat-ports';
import type { OnDelivered } from '../../delivery/deliver-service';
import type { EventsModule } from '../../events/events-module';
import type { HttpApp } from '../../http/create-http-app';
import type { Logger } from '../../logging/logger';
import type { Closeable, PlatformPlugin, WorkerContext } from '../plugins/plugin-contract';
import { createArticlePipeline } from '../process/article-pipeline';
import { createEventsModule } from '../process/events-wiring';
import { createFeedServices } from '../process/feeds-wiring';
import { startWorker, type RunningWorker } from './worker';

/* eslint-disable @typescript-eslint/no-require-imports, @typescript-eslint/consistent-type-imports -- lazy loads
   (docs/adr/040): express and the metrics registry load only when WORKER_METRICS_PORT serves them. */
const httpApp = () => require('../../http/create-http-app') as typeof import('../../http/create-http-app');
const serviceMetrics = () =>
  require('../../http/service-metrics') as typeof import('../../http/service-metrics');
/* eslint-enable @typescript-eslint/no-require-imports, @typescript-eslint/consistent-type-imports */

/** What the CLI hands a root: the parsed config, the process's logger and clock, the plugins. */
export interface ProcessDeps {
  config: Config;
  logger: Logger;
  clock: Clock;
  plugins: PlatformPlugin[];
}

/**
 * The worker root: the article pipeline, the plugins' chat ports and delivery hooks, the events
 * calendar (its hook runs first after each delivery; reminders and digests are queue-table rows)
 * and followed feeds, all on the root's clock and logger.
 */
export async function startWorkerWithPlugins(deps: ProcessDeps & { http?: HttpApp }): Promise<Closeable> {
  const pipeline = createArticlePipeline(deps.config, {
    ...deps,
    ...(deps.http ? { registry: deps.http.registry } : {}),
  });
  let worker: RunningWorker | undefined;
  const extras: Closeable[] = [];
  try {
    const chatPorts: ChatPorts = {};
    for (const plugin of deps.plugins) {
      const port = plugin.chatPort?.({
        config: deps.config,
        logger: deps.logger,
        clock: deps.clock,
        redis: () => {
          if (!worker) throw new Error('the worker is not connected yet');
          return worker.redis;
        },
      });
      if (port) chatPorts[port.platform] = port;
    }
    let hooks: OnDelivered[] | undefined;
    let events: EventsModule | undefined;
    const metrics = deps.http ? serviceMetrics().createServiceMetrics(deps.http.registry) : undefined;
    worker = await startWorker({
      ...deps,
      source: pipeline.source,
      engine: pipeline.engine,
      chatPorts,
      onDelivered: async (brief, destination, ref) => {
        hooks ??= deps.plugins.flatMap((p) => p.onDelivered?.(ctx) ?? []);
        await events?.onDelivered(brief, destination, ref);
        for (const hook of hooks) await hook(brief, destination, ref);
      },
      extraServices: (parts) => {
        const shared = { ...deps, ...parts, chatPorts, ...(metrics ? { metrics } : {}) };
        events = createEventsModule(shared);
        const feeds = createFeedServices(shared);
        return { events, feeds: feeds.processor, close: () => feeds.close() };
      },
      ...(metrics ? { metrics } : {}),
    });
    if (!events) throw new Error('the worker built no events module');
    const ctx: WorkerContext = {
      config: deps.config,
      logger: deps.logger,
      clock: deps.clock,
      redis: worker.redis,
      queues: worker.queues,
      channelSettings: worker.channelSettings,
      chatPorts,
      events,
      ...(metrics ? { metrics } : {}),
    };
    for (const plugin of deps.plugins) {
      const running = await plugin.startWorker?.(ctx);
      if (running) extras.push(running);
    }
  } catch (err) {
    await worker?.close();
    await pipeline.close();
    throw err;
  }
  const running = worker;
  return {
    close: async () => {
      await Promise.allSettled(extras.map((e) => e.close()));
      await running.close();
      await pipeline.close();
    },
  };
}

/**
 * `briefbot worker`: the job processors, plus /healthz and /metrics on WORKER_METRICS_PORT when set,
 * so a worker run apart from the bot still reports its job durations, outcomes and fetch errors.
 */
export async function startWorkerProcess(deps: ProcessDeps): Promise<Closeable & { metricsPort?: number }> {
  const port = deps.config.WORKER_METRICS_PORT;
  if (port === undefined) return startWorkerWithPlugins(deps);
  const token = deps.config.METRICS_TOKEN;
  const http = httpApp().createHttpApp(token !== undefined ? { metricsToken: token } : {});
  const worker = await startWorkerWithPlugins({ ...deps, http });
  let server: Awaited<ReturnType<typeof http.listen>>;
  try {
    server = await http.listen(port);
  } catch (err) {
    await worker.close();
    throw err;
  }
  deps.logger.info({ port: server.port }, 'worker metrics at /metrics');
  return {
    metricsPort: server.port,
    close: async () => {
      await server.close();
      await worker.close();
    },
  };
}
