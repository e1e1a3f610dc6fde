import { createHttpApp } from '../../http/create-http-app';
import type { Closeable } from '../plugins/plugin-contract';
import { startWorkerWithPlugins, type ProcessDeps } from './serve';

/**
 * `briefbot worker`: the job processors, plus /healthz and /metrics on WORKER_METRICS_PORT when set,
 * so a worker run apart from the bot still reports its job durations, outcomes and fetch errors.
 */
export async function startWorkerProcess(deps: ProcessDeps): Promise<Closeable & { metricsPort?: number }> {
  const port = deps.config.WORKER_METRICS_PORT;
  if (port === undefined) return startWorkerWithPlugins(deps);
  const token = deps.config.METRICS_TOKEN;
  const http = createHttpApp(token !== undefined ? { metricsToken: token } : {});
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
