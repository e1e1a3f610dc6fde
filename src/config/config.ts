import { z } from 'zod';

/**
 * Every setting briefbot reads, parsed once from the environment.
 * Nothing outside src/config reads process.env: take a `Config` as a dependency instead.
 * Later features add their variables here (and to .env.example).
 */
const logLevels = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;

function isIanaZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const emptyAsUndefined = (v: unknown): unknown => (v === '' ? undefined : v);

export const configSchema = z.object({
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379')
    .default('redis://127.0.0.1:6379'),
  BRIEFBOT_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/, 'may hold only letters, digits, "_" and "-"')
    .default('briefbot'),
  HTTP_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DEFAULT_TIMEZONE: z
    .string()
    .refine(isIanaZone, 'must be an IANA time zone such as Europe/Paris or America/New_York')
    .default('UTC'),
  BRIEF_ENGINE: z.enum(['local', 'openai', 'hybrid']).default('local'),
  LOG_LEVEL: z.enum(logLevels).default('info'),
});

export type Config = z.infer<typeof configSchema>;

/** Thrown when the environment holds a value briefbot cannot use; the message names each variable. */
export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example for every variable.`);
    this.name = 'ConfigError';
  }
}

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
  return parsed.data;
}

/** The process environment, for composition roots that pass it on to loadConfig. */
export function processEnv(): Record<string, string | undefined> {
  return process.env;
}
