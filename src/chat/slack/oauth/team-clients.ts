import type { WebClient } from '@slack/web-api';
import type { Clock } from '../../../clock/clock';
import type { Logger } from '../../../logging/logger';
import { ChatPostError } from '../../chat-port';
import { createSlackWebClient } from '../slack-web-client';

/** Where a team's bot token is read (RedisSlackInstallationStore). */
export interface TeamTokens {
  botToken(team: string): Promise<string | null>;
}

/** How long a team's token is trusted before it is read again: an uninstall stops posts within this. */
const tokenCacheMs = 60_000;

/**
 * The worker's WebClient per Slack team, with that team's bot token from its installation. A team
 * without an installation (never installed, or uninstalled) fails the post for good: retrying
 * cannot bring a token back.
 */
export function createTeamClients(deps: {
  tokens: TeamTokens;
  apiUrl: string;
  logger: Logger;
  clock: Clock;
}): (team: string) => Promise<WebClient> {
  const cache = new Map<string, { token: string; client: WebClient; until: number }>();
  return async (team: string) => {
    const now = deps.clock.now().getTime();
    const cached = cache.get(team);
    if (cached && cached.until > now) return cached.client;
    const token = await deps.tokens.botToken(team);
    if (token === null) {
      cache.delete(team);
      throw new ChatPostError(
        `Slack: briefbot is not installed in workspace ${team} (install it again at /slack/install)`,
        'slack_not_installed',
        false,
      );
    }
    const client =
      cached?.token === token
        ? cached.client
        : createSlackWebClient({ token, apiUrl: deps.apiUrl, logger: deps.logger });
    cache.set(team, { token, client, until: now + tokenCacheMs });
    return client;
  };
}
