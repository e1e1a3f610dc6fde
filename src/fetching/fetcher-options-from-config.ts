import type { Config } from '../config/config';
import type { Logger } from '../logging/logger';
import type { FetcherOptions } from './fetch-page';

/**
 * The fetcher options a composition root builds from the configuration. When
 * BRIEFBOT_FETCH_ALLOW is set it says so in the log, since it opens a hole in the SSRF guard.
 */
export function fetcherOptionsFromConfig(
  config: Pick<Config, 'BRIEFBOT_FETCH_ALLOW' | 'FETCH_TIMEOUT_MS' | 'FETCH_MAX_BYTES'>,
  deps: { logger?: Logger } = {},
): FetcherOptions {
  const options: FetcherOptions = { timeoutMs: config.FETCH_TIMEOUT_MS, maxBytes: config.FETCH_MAX_BYTES };
  if (config.BRIEFBOT_FETCH_ALLOW.length > 0) {
    options.allow = [...config.BRIEFBOT_FETCH_ALLOW];
    deps.logger?.warn(
      { allow: options.allow },
      'BRIEFBOT_FETCH_ALLOW is set: links to these host:port pairs are fetched even on private addresses',
    );
  }
  return options;
}
