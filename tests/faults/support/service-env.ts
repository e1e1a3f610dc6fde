/** The environment of a briefbot process in the fault suite and the benchmarks (Slack at the scripted fake). */
export function serviceEnv(options: {
  redisUrl: string;
  prefix: string;
  slackApiUrl: string;
  /** host:port entries the fetcher may reach (the local news server). */
  allow?: string[];
  concurrency?: number;
  extra?: Record<string, string>;
}): Record<string, string> {
  return {
    REDIS_URL: options.redisUrl,
    BRIEFBOT_PREFIX: options.prefix,
    SLACK_BOT_TOKEN: 'xoxb-faults',
    SLACK_SIGNING_SECRET: 'faults-signing-secret-7d1e',
    SLACK_API_URL: options.slackApiUrl,
    API_TOKEN: 'faults-api-token-0123456789',
    BRIEFBOT_FETCH_ALLOW: (options.allow ?? []).join(','),
    WORKER_CONCURRENCY: String(options.concurrency ?? 4),
    LOG_LEVEL: 'warn',
    ...(options.extra ?? {}),
  };
}
