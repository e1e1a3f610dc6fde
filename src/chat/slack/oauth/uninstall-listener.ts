import type { App, InstallationStore } from '@slack/bolt';
import type { Logger } from '../../../logging/logger';

export interface UninstallDeps {
  installations: Pick<InstallationStore, 'deleteInstallation'>;
  /** Removes what briefbot keeps running for the team: digest schedules, reminders, followed feeds. */
  forgetTeam: (team: string) => Promise<void>;
  logger: Logger;
}

interface TeamBody {
  team_id?: string;
  enterprise_id?: string;
  is_enterprise_install?: boolean;
}

/**
 * `app_uninstalled` (the app was removed) and `tokens_revoked` with bot tokens (the bot's token no
 * longer works): the installation is deleted, so no later request is authorized with it, and the
 * team's schedules go, so no worker keeps posting with a dead token.
 * https://api.slack.com/events/app_uninstalled, https://api.slack.com/events/tokens_revoked
 */
export function registerUninstallListeners(app: App, deps: UninstallDeps): void {
  const forget = async (body: TeamBody, why: string) => {
    const team = body.team_id;
    if (team === undefined) return;
    await deps.installations.deleteInstallation?.({
      teamId: team,
      enterpriseId: body.enterprise_id,
      isEnterpriseInstall: body.is_enterprise_install === true,
    });
    await deps.forgetTeam(team);
    deps.logger.info({ team, why }, 'Slack: installation and the team’s schedules removed');
  };
  app.event('app_uninstalled', async ({ body }) => forget(body as TeamBody, 'app_uninstalled'));
  app.event('tokens_revoked', async ({ event, body }) => {
    const bots = (event as { tokens?: { bot?: string[] } }).tokens?.bot ?? [];
    if (bots.length > 0) await forget(body as TeamBody, 'tokens_revoked');
  });
}
