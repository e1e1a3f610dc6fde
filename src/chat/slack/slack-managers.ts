import type { ManagerCheck } from '../../../commands/command-context';
import type { Clock } from '../../clock/clock';
import type { Logger } from '../../logging/logger';

/** The part of WebClient read here. https://api.slack.com/methods/users.info */
export interface SlackUsersApi {
  users: {
    info(args: { user: string }): Promise<{
      ok?: boolean;
      user?: { is_admin?: boolean; is_owner?: boolean; is_primary_owner?: boolean };
    }>;
  };
}

/** How long an answer of users.info is trusted: a promoted admin waits at most this long. */
const cacheMs = 10 * 60 * 1000;

/**
 * The manager rule on Slack: workspace admins and owners (users.info, cached for 10 minutes), the
 * ids in SLACK_MANAGERS, and anyone in their own direct message with briefbot. When users.info fails
 * the person is refused (and the cause logged) rather than let through.
 */
export class SlackManagers {
  private readonly cache = new Map<string, { admin: boolean; until: number }>();

  constructor(
    private readonly deps: {
      client: SlackUsersApi;
      managers: readonly string[];
      clock: Clock;
      logger: Logger;
    },
  ) {}

  /** Who may change settings, in words. */
  get who(): string {
    return this.deps.managers.length > 0
      ? 'workspace admins and owners, and the people listed in briefbot’s SLACK_MANAGERS'
      : 'workspace admins and owners';
  }

  /** The check for one command: `channel` ids starting with D are direct messages. */
  checkFor(user: string, channel: string, client?: SlackUsersApi, team?: string): ManagerCheck {
    return { who: this.who, canManage: () => this.canManage(user, channel, client, team) };
  }

  /** `client`: the request's own (its team's token when installed in several workspaces). */
  async canManage(user: string, channel: string, client?: SlackUsersApi, team = ''): Promise<boolean> {
    if (channel.startsWith('D') || this.deps.managers.includes(user)) return true;
    const now = this.deps.clock.now().getTime();
    const cacheKey = `${team}:${user}`;
    const cached = this.cache.get(cacheKey);
    if (cached && cached.until > now) return cached.admin;
    try {
      const answer = await (client ?? this.deps.client).users.info({ user });
      const u = answer.user;
      const admin = u?.is_admin === true || u?.is_owner === true || u?.is_primary_owner === true;
      this.cache.set(cacheKey, { admin, until: now + cacheMs });
      return admin;
    } catch (err) {
      this.deps.logger.warn({ err, user }, 'Slack users.info failed; treating the person as not a manager');
      return false;
    }
  }
}
