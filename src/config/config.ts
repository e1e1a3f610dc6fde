import { z } from 'zod';
import { ConfigError } from './config-error';
import { checkSlackOAuth, slackOAuthFields } from './slack-oauth-config';
import { clusterNodePattern, hashTagged, isIanaZone, parseClusterNode } from './setting-formats';

/**
 * Every setting briefbot reads, parsed once from the environment.
 * Nothing outside src/config reads process.env: take a `Config` as a dependency instead; new variables
 * go here and in .env.example.
 */
const logLevels = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;

const emptyAsUndefined = (v: unknown): unknown => (v === '' ? undefined : v);

export const configSchema = z
  .object({
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379')
      .default('redis://127.0.0.1:6379'),
    BRIEFBOT_PREFIX: z
      .string()
      .regex(
        /^(?:[A-Za-z0-9_-]+|\{[A-Za-z0-9_-]+\}[A-Za-z0-9_-]*)$/,
        'may hold only letters, digits, "_" and "-", optionally after a {hash tag}, e.g. briefbot or {briefbot}',
      )
      .default('briefbot'),
    // Redis Cluster (docs/adr/024-redis-cluster.md): seed nodes; REDIS_URL is then ignored and BRIEFBOT_PREFIX
    // is wrapped in a {hash tag} so every queue and multi-key script stays in one slot.
    REDIS_CLUSTER_NODES: z
      .string()
      .transform((v) =>
        v
          .split(',')
          .map((e) => e.trim())
          .filter((e) => e !== ''),
      )
      .refine(
        (entries) => entries.every((e) => clusterNodePattern.test(e)),
        'must be comma-separated host:port seed nodes, e.g. 10.0.0.1:7000,10.0.0.2:7000 (rediss://host:port for TLS)',
      )
      .transform((entries) => entries.map(parseClusterNode))
      .default([]),
    REDIS_CLUSTER_PASSWORD: z.string().min(1).optional(),
    HTTP_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    /** Address the HTTP server binds (issue 17): 0.0.0.0 for every interface, 127.0.0.1 behind a local proxy. */
    HTTP_HOST: z
      .string()
      .regex(
        /^(\d{1,3}(\.\d{1,3}){3}|[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*|[A-Za-z0-9.-]+)$/,
        'must be an IP address or host name to bind, e.g. 0.0.0.0 (every interface) or 127.0.0.1',
      )
      .default('0.0.0.0'),
    /** /metrics asks for `Authorization: Bearer <METRICS_TOKEN>` when set. */
    METRICS_TOKEN: z
      .string()
      .min(16, 'must be at least 16 characters (e.g. `openssl rand -hex 24`)')
      .optional(),
    /** When set, /metrics leaves the main server and listens on 127.0.0.1:METRICS_PORT only. */
    METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
    DEFAULT_TIMEZONE: z
      .string()
      .refine(isIanaZone, 'must be an IANA time zone such as Europe/Paris or America/New_York')
      .default('UTC'),
    BRIEF_ENGINE: z.enum(['local', 'openai', 'hybrid']).default('local'),
    LOG_LEVEL: z.enum(logLevels).default('info'),
    // Slack (see slack/manifest.yml). The bot token turns Slack on.
    SLACK_BOT_TOKEN: z
      .string()
      .regex(/^xoxb-/, 'must be a bot token starting with xoxb-')
      .optional(),
    SLACK_SIGNING_SECRET: z.string().optional(),
    SLACK_APP_TOKEN: z
      .string()
      .regex(/^xapp-/, 'must be an app-level token starting with xapp-')
      .optional(),
    /** Slack user ids who may change channel settings besides workspace admins and owners (the manager rule). */
    SLACK_MANAGERS: z
      .string()
      .transform((v) =>
        v
          .split(',')
          .map((e) => e.trim())
          .filter((e) => e !== ''),
      )
      .refine(
        (ids) => ids.every((id) => /^[UW][A-Z0-9]{2,}$/.test(id)),
        'must be comma-separated Slack user ids, e.g. U012AB3CD,U045EF6GH (profile → ⋯ → Copy member ID)',
      )
      .default([]),
    ...slackOAuthFields,
    SLACK_API_URL: z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://slack.com/api/' })
      .default('https://slack.com/api/'),
    // Discord (see docs/adr/006-discord-adapter.md). The bot token turns Discord on.
    DISCORD_TOKEN: z
      .string()
      .min(20, 'must be the bot token from the Developer Portal (Bot → Reset Token)')
      .optional(),
    DISCORD_APPLICATION_ID: z
      .string()
      .regex(/^\d{5,25}$/, 'must be the numeric Application ID (General Information)')
      .optional(),
    DISCORD_API_URL: z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://discord.com/api' })
      .default('https://discord.com/api'),
    DISCORD_WATCH: z.enum(['auto', 'on', 'off'], { error: 'must be auto, on or off' }).default('auto'),
    // Gateway shards in this process (docs/adr/025-discord-shards.md): auto = Discord's recommendation; unset = one shard.
    DISCORD_SHARDS: z
      .union([z.literal('auto'), z.coerce.number().int().min(1).max(1024)], {
        error: 'must be auto or a shard count from 1 to 1024',
      })
      .optional(),
    // Service (issue 4): HTTP API, stored briefs, admin board, workers.
    API_TOKEN: z.string().min(16, 'must be at least 16 characters (e.g. `openssl rand -hex 24`)').optional(),
    BRIEF_TTL_DAYS: z.coerce.number().int().min(1, 'must be at least 1 day').max(3650).default(30),
    ADMIN_USER: z.string().optional(),
    ADMIN_PASSWORD: z.string().min(8, 'must be at least 8 characters').optional(),
    WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
    // Brief threads per worker process (extraction and the local engine, docs/adr/040), unset: one per CPU
    // but one, at most 4; the CLI's extraction threads: CPU count, at most 4 (docs/adr/038).
    EXTRACTION_THREADS: z.coerce.number().int().min(1, 'must be at least 1').max(64).optional(),
    /**
     * BullMQ lock on an active job and how often workers look for stalled ones (docs/adr/009): after a worker
     * crash its jobs are taken over within about lock + interval. Shorter = faster takeover, but the worker
     * renews the lock only between bursts of work (every lock/2), so the lock must stay well above the longest
     * stretch one brief keeps the process busy (parsing a big page), or a healthy job is taken over and run twice.
     */
    WORKER_LOCK_DURATION_MS: z.coerce
      .number()
      .int()
      .min(5000, 'must be at least 5000 ms: a shorter lock can lapse while a big page is parsed')
      .max(3_600_000, 'must be at most 3600000 ms (1 hour)')
      .default(30_000),
    WORKER_STALLED_INTERVAL_MS: z.coerce
      .number()
      .int()
      .min(1000, 'must be at least 1000 ms')
      .max(3_600_000, 'must be at most 3600000 ms (1 hour)')
      .default(30_000),
    /** `briefbot worker` serves /healthz and /metrics on this port when set (bot and worker run apart). */
    WORKER_METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
    PUBLIC_URL: z
      .url({
        protocol: /^https?$/,
        error: 'must be the http(s) address people reach briefbot at, e.g. https://briefbot.example.org',
      })
      .optional(),
    // Events (issue 7, docs/adr/007-events-and-reminders.md): days a past event stays in /brief events history and the ICS feed.
    EVENT_RETENTION_DAYS: z.coerce.number().int().min(1, 'must be at least 1 day').max(3650).default(30),
    // Fetching (issue 3, docs/adr/002-ssrf-guard.md).
    BRIEFBOT_FETCH_ALLOW: z
      .string()
      .transform((v) =>
        v
          .split(',')
          .map((e) => e.trim())
          .filter((e) => e !== ''),
      )
      .refine(
        (entries) =>
          entries.every(
            (e) =>
              /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._-]+):([1-9]\d{0,4})$/.test(e) &&
              Number(e.slice(e.lastIndexOf(':') + 1)) <= 65535,
          ),
        'must be comma-separated host:port entries, e.g. 127.0.0.1:8080,intranet.example:443 (IPv6 as [fd00::1]:80)',
      )
      .default([]),
    FETCH_TIMEOUT_MS: z.coerce
      .number()
      .int()
      .min(100, 'must be at least 100 ms')
      .max(300_000, 'must be at most 300000 ms (5 minutes)')
      .default(15_000),
    FETCH_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(1024, 'must be at least 1024 bytes')
      .max(100 * 1024 * 1024, 'must be at most 104857600 (100 MB)')
      .default(5 * 1024 * 1024),
    // Followed feeds (issue 18, docs/adr/021): base poll interval (jittered up to 10 %, longer when a feed asks) and items briefed per feed and poll.
    FEED_POLL_SECONDS: z.coerce
      .number()
      .int()
      .min(5, 'must be at least 5 seconds')
      .max(86_400, 'must be at most 86400 seconds (a day)')
      .default(900),
    FEED_MAX_ITEMS_PER_POLL: z.coerce
      .number()
      .int()
      .min(1, 'must be at least 1')
      .max(50, 'must be at most 50')
      .default(5),
    // OpenAI engine (issue 8, docs/adr/008-llm-grounding.md); used when BRIEF_ENGINE is openai or hybrid.
    OPENAI_API_KEY: z.string().min(1).optional(),
    OPENAI_MODEL: z.string().min(1).default('gpt-4o-mini'),
    OPENAI_BASE_URL: z
      .url({
        protocol: /^https?$/,
        error:
          'must be the http(s) base of an OpenAI-compatible API, e.g. http://127.0.0.1:11434/v1 for Ollama',
      })
      .optional(),
    OPENAI_TIMEOUT_MS: z.coerce
      .number()
      .int()
      .min(100, 'must be at least 100 ms')
      .max(600_000, 'must be at most 600000 ms (10 minutes)')
      .default(60_000),
    // Engine time budget (issue 17, docs/adr/018-engine-off-main-thread.md): one article past it fails for good.
    ENGINE_TIMEOUT_MS: z.coerce
      .number()
      .int()
      .min(100, 'must be at least 100 ms')
      .max(600_000, 'must be at most 600000 ms (10 minutes)')
      .default(10_000),
    OPENAI_DAILY_TOKEN_BUDGET: z.coerce
      .number()
      .int()
      .min(0, 'must be 0 (no limit) or a positive number of tokens')
      .default(0),
  })
  .superRefine((c, ctx) => {
    checkSlackOAuth(c, ctx);
    if (c.DISCORD_TOKEN !== undefined && c.DISCORD_APPLICATION_ID === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['DISCORD_APPLICATION_ID'],
        message:
          'DISCORD_APPLICATION_ID is required when DISCORD_TOKEN is set (Developer Portal → your application → General Information → Application ID)',
      });
    }
    if (
      c.SLACK_BOT_TOKEN !== undefined &&
      c.SLACK_SIGNING_SECRET === undefined &&
      c.SLACK_APP_TOKEN === undefined
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['SLACK_SIGNING_SECRET'],
        message:
          'SLACK_SIGNING_SECRET is required when SLACK_BOT_TOKEN is set (Slack app settings → Basic Information → Signing Secret)',
      });
    }
    if (c.SLACK_APP_TOKEN !== undefined && c.SLACK_BOT_TOKEN === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['SLACK_BOT_TOKEN'],
        message: 'SLACK_BOT_TOKEN is required when SLACK_APP_TOKEN is set',
      });
    }
    if ((c.BRIEF_ENGINE === 'openai' || c.BRIEF_ENGINE === 'hybrid') && c.OPENAI_API_KEY === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['OPENAI_API_KEY'],
        message: `OPENAI_API_KEY is required when BRIEF_ENGINE=${c.BRIEF_ENGINE} (any non-empty value for a local server such as Ollama), or set BRIEF_ENGINE=local`,
      });
    }
    if ((c.ADMIN_USER === undefined) !== (c.ADMIN_PASSWORD === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [c.ADMIN_USER === undefined ? 'ADMIN_USER' : 'ADMIN_PASSWORD'],
        message:
          'ADMIN_USER and ADMIN_PASSWORD turn on the queue board at /admin/queues together: set both or neither',
      });
    }
  });

export type Config = z.infer<typeof configSchema>;

export { ConfigError };

/** Parses `env` (default: process.env) into a Config, or throws a ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const input: Record<string, unknown> = {};
  for (const key of Object.keys(configSchema.shape)) input[key] = emptyAsUndefined(env[key]);
  const parsed = configSchema.safeParse(input);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? 'config');
        return `${name}=${JSON.stringify(env[name] ?? '')}: ${issue.message}`;
      }),
    );
  }
  const config = parsed.data;
  if (config.REDIS_CLUSTER_NODES.length > 0) config.BRIEFBOT_PREFIX = hashTagged(config.BRIEFBOT_PREFIX);
  return config;
}
