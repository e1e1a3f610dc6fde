import type { Config } from '../../config/config';
import type { PlatformPlugin } from './plugin-contract';

/**
 * A plugin whose module is loaded only when `configured(config)` holds: until then each hook returns nothing,
 * as the plugin itself does when its platform is not configured.
 */
export function lazyPlugin(
  name: string,
  configured: (config: Config) => boolean,
  load: () => PlatformPlugin,
): PlatformPlugin {
  let plugin: PlatformPlugin | undefined;
  const loaded = (config: Config) => (configured(config) ? (plugin ??= load()) : undefined);
  return {
    name,
    startInput: async (ctx) => loaded(ctx.config)?.startInput?.(ctx),
    chatPort: (ctx) => loaded(ctx.config)?.chatPort?.(ctx),
    onDelivered: (ctx) => loaded(ctx.config)?.onDelivered?.(ctx),
    startWorker: async (ctx) => loaded(ctx.config)?.startWorker?.(ctx),
  };
}
