import type { ExpressReceiverOptions, InstallationStore } from '@slack/bolt';
import type { Logger } from '../../../logging/logger';

/** What the OAuth install needs (docs/adr/034-slack-oauth-installs.md). */
export interface SlackOAuthSettings {
  clientId: string;
  clientSecret: string;
  stateSecret: string;
  scopes: string[];
  /** Slack's authorize page (https://slack.com/oauth/v2/authorize); tests point it at the fake. */
  authorizeUrl: string;
  /** Where oauth.v2.access and auth.test are called (SLACK_API_URL). */
  apiUrl: string;
  /** PUBLIC_URL, when known: the redirect URI Slack must send the browser back to. */
  publicUrl?: string;
  installationStore: InstallationStore;
}

export const slackInstallPath = '/slack/install';
export const slackRedirectPath = '/slack/oauth_redirect';

const page = (title: string, text: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>` +
  `<body><h1>${title}</h1><p>${text}</p></body></html>`;

/**
 * The ExpressReceiver options that turn on Bolt's InstallProvider: GET /slack/install redirects to
 * Slack's authorize page with a signed `state` (also set as a browser cookie), GET
 * /slack/oauth_redirect checks that state against the cookie, exchanges the code with
 * oauth.v2.access and stores the installation; Bolt's `authorize` then finds each team's token there.
 */
export function slackOAuthReceiverOptions(
  settings: SlackOAuthSettings,
  logger: Logger,
): Pick<
  ExpressReceiverOptions,
  | 'clientId'
  | 'clientSecret'
  | 'stateSecret'
  | 'scopes'
  | 'installationStore'
  | 'installerOptions'
  | 'redirectUri'
> {
  const redirectUri =
    settings.publicUrl !== undefined
      ? `${settings.publicUrl.replace(/\/$/, '')}${slackRedirectPath}`
      : undefined;
  return {
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    stateSecret: settings.stateSecret,
    scopes: settings.scopes,
    installationStore: settings.installationStore,
    ...(redirectUri !== undefined ? { redirectUri } : {}),
    installerOptions: {
      installPath: slackInstallPath,
      redirectUriPath: slackRedirectPath,
      directInstall: true,
      stateVerification: true,
      authorizationUrl: settings.authorizeUrl,
      clientOptions: { slackApiUrl: settings.apiUrl },
      callbackOptions: {
        success: (installation, _options, _req, res) => {
          logger.info(
            { team: installation.team?.id, enterprise: installation.enterprise?.id },
            'Slack: installed',
          );
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          res.end(page('briefbot is installed', 'Type /brief help in any channel you invite briefbot to.'));
        },
        failure: (error, _options, _req, res) => {
          logger.warn({ code: error.code, message: error.message }, 'Slack install refused');
          res.writeHead(400, { 'content-type': 'text/html; charset=utf-8' });
          res.end(
            page(
              'briefbot was not installed',
              'The install link expired or was opened in another browser: start again from the install page.',
            ),
          );
        },
      },
    },
  };
}
