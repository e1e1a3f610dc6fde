import type { Clock } from '../../clock/clock';
import type { Config } from '../../config/config';
import type { ChatPorts } from '../../delivery/chat-ports';
import type { OnDelivered } from '../../delivery/deliver-service';
import { createHttpApp, httpAppOptions } from '../../http/create-http-app';
import { createServiceMetrics } from '../../http/service-metrics';
import type { Logger } from '../../logging/logger';
import { createArticlePipeline } from '../process/article-pipeline';
import { createEventsModule } from '../process/events-wiring';
import { startBot, type RunningBot } from './bot';
import type { Closeable, PlatformPlugin, WorkerContext } from '../plugins/plugin-contract';
import { startWorker, type RunningWorker } from './worker';

export interface ProcessDeps {
  config: Config;
  logger: Logger;
  clock: Clock;
  plugins: PlatformPlugin[];
}

/** Builds the worker's chat ports, delivery hook and extra processors from the plugins. */
export async function startWorkerWithPlugins(
  deps: ProcessDeps & { http?: ReturnType<typeof createHttpApp> },
): Promise<Closeable> {
  const pipeline = createArticlePipeline(deps.config, {
    ...deps,
    ...(deps.http ? { registry: deps.http.registry } : {}),
  });
  let worker: RunningWorker | undefined;
  const extras: Closeable[] = [];
  try {
    const chatPorts: ChatPorts = {};
    for (const plugin of deps.plugins) {
      const port = plugin.chatPort?.({ config: deps.config, logger: deps.logger, clock: deps.clock });
      if (port) chatPorts[port.platform] = port;
    }
    let hooks: OnDelivered[] | undefined;
    const metrics = deps.http ? createServiceMetrics(deps.http.registry) : undefined;
    worker = await startWorker({
      ...deps,
      source: pipeline.source,
      engine: pipeline.engine,
      chatPorts,
      onDelivered: async (brief, destination, ref) => {
        hooks ??= deps.plugins.flatMap((p) => p.onDelivered?.(ctx) ?? []);
        for (const hook of hooks) await hook(brief, destination, ref);
      },
      ...(metrics ? { metrics } : {}),
    });
    const shared = {
      config: deps.config,
      logger: deps.logger,
      clock: deps.clock,
      redis: worker.redis,
      queues: worker.queues,
      channelSettings: worker.channelSettings,
      chatPorts,
      ...(metrics ? { metrics } : {}),
    };
    const ctx: WorkerContext = { ...shared, events: createEventsModule(shared) };
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

/** `briefbot serve`: bot and worker in one process, one HTTP server, for a small install. */
export async function startServe(deps: ProcessDeps & { port?: number }): Promise<Closeable> {
  const http = createHttpApp(httpAppOptions(deps.config));
  const worker = await startWorkerWithPlugins({ ...deps, http });
  let bot: RunningBot;
  try {
    bot = await startBot({ ...deps, http, ...(deps.port !== undefined ? { port: deps.port } : {}) });
  } catch (err) {
    await worker.close();
    throw err;
  }
  return {
    close: async () => {
      await bot.close();
      await worker.close();
    },
  };
}
