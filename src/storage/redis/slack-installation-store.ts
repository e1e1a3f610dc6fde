import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { RedisClient as Redis } from '../../core/redis-client';
import { redisKeys } from './redis-keys';

/** The Redis commands this store uses. */
export type SlackInstallationRedis = Pick<Redis, 'get' | 'set' | 'del'>;

/** Thrown (to Bolt's authorize) when a team has no installation: Bolt then drops the request. */
export class SlackInstallationMissingError extends Error {
  readonly code = 'SLACK_NOT_INSTALLED';
  constructor(id: string) {
    super(`briefbot is not installed in Slack workspace ${id}: install it at /slack/install`);
    this.name = 'SlackInstallationMissingError';
  }
}

/** The installation's id: the enterprise for an org-wide install, else the workspace (team). */
function installationId(query: {
  isEnterpriseInstall?: boolean | undefined;
  enterpriseId?: string | undefined;
  teamId?: string | undefined;
}): string | undefined {
  if (query.isEnterpriseInstall === true && query.enterpriseId !== undefined)
    return `enterprise:${query.enterpriseId}`;
  return query.teamId !== undefined ? `team:${query.teamId}` : undefined;
}

/**
 * Slack installations (OAuth v2) as one JSON string per workspace under
 * `<prefix>:slack-installation:team:<team id>` (or `…:enterprise:<id>` for an org-wide install):
 * the bot token, bot and app ids, team, enterprise and scopes, as Bolt's InstallProvider hands them over.
 * Bolt's `authorize` reads it for every incoming request; the worker reads the bot token to post.
 * Tokens are secrets: this store never logs them, and the key holds nothing else.
 */
export class RedisSlackInstallationStore implements InstallationStore {
  constructor(
    private readonly redis: SlackInstallationRedis,
    private readonly prefix: string,
  ) {}

  private key(id: string): string {
    return redisKeys(this.prefix).slackInstallation(id);
  }

  async storeInstallation(installation: Installation): Promise<void> {
    const id = installationId({
      isEnterpriseInstall: installation.isEnterpriseInstall,
      enterpriseId: installation.enterprise?.id,
      teamId: installation.team?.id,
    });
    if (id === undefined) throw new Error('Slack installation without a team or enterprise id');
    await this.redis.set(this.key(id), JSON.stringify(installation));
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation> {
    const found = await this.find(query);
    if (found === null) throw new SlackInstallationMissingError(query.enterpriseId ?? query.teamId ?? '?');
    return found;
  }

  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    const id = installationId(query);
    if (id !== undefined) await this.redis.del(this.key(id));
  }

  /** The installation for a query, or null (a workspace that never installed briefbot, or uninstalled it). */
  async find(query: InstallationQuery<boolean>): Promise<Installation | null> {
    const id = installationId(query);
    if (id === undefined) return null;
    const raw = await this.redis.get(this.key(id));
    return raw === null ? null : (JSON.parse(raw) as Installation);
  }

  /** The bot token that posts in a workspace, or null when briefbot is not installed there. */
  async botToken(team: string): Promise<string | null> {
    const installation = await this.find({
      teamId: team,
      isEnterpriseInstall: false,
      enterpriseId: undefined,
    });
    return installation?.bot?.token ?? null;
  }
}
