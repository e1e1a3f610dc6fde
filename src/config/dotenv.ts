import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import type { Config } from './config';

/**
 * The environment with `.env` from `cwd` beneath it, the way `process.loadEnvFile` reads it (same
 * parser) but without changing process.env: a variable set in the real environment wins over the file.
 * `file` is the path read, or null when there is no `.env`.
 */
export function withDotenv(
  env: Record<string, string | undefined>,
  cwd: string,
): { env: Record<string, string | undefined>; file: string | null } {
  const file = path.join(cwd, '.env');
  if (!existsSync(file)) return { env, file: null };
  const fromFile = parseEnv(readFileSync(file, 'utf8'));
  const merged: Record<string, string | undefined> = { ...fromFile };
  for (const [name, value] of Object.entries(env)) if (value !== undefined) merged[name] = value;
  return { env: merged, file };
}

/** One line for start-up: which chat platforms this config turns on, or a warning that none is. */
export function describePlatforms(
  config: Pick<Config, 'SLACK_BOT_TOKEN' | 'SLACK_APP_TOKEN' | 'DISCORD_TOKEN'>,
): {
  level: 'info' | 'warn';
  text: string;
} {
  const on: string[] = [];
  if (config.SLACK_BOT_TOKEN !== undefined)
    on.push(
      config.SLACK_APP_TOKEN !== undefined ? 'Slack (Socket Mode)' : 'Slack (events at POST /slack/events)',
    );
  if (config.DISCORD_TOKEN !== undefined) on.push('Discord');
  if (on.length === 0)
    return {
      level: 'warn',
      text: 'No chat platform is configured (set SLACK_BOT_TOKEN or DISCORD_TOKEN): only the HTTP API runs.',
    };
  return { level: 'info', text: `Chat platforms configured: ${on.join(', ')}.` };
}
