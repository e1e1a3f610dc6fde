import { createHttpApp, httpAppOptions } from '../../http/create-http-app';
import type { Closeable } from '../plugins/plugin-contract';
import { startBot, type RunningBot } from './bot';
import { startWorkerWithPlugins, type ProcessDeps } from './worker-process';

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
