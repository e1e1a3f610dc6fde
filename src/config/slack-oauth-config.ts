import { z } from 'zod';

/**
 * Slack OAuth v2 settings (docs/adr/034-slack-oauth-installs.md): with SLACK_CLIENT_ID, briefbot is
 * installable by many workspaces through `/slack/install`, and SLACK_BOT_TOKEN is not used for input.
 */
export const slackOAuthFields = {
  /** Slack app settings → Basic Information → App Credentials → Client ID. */
  SLACK_CLIENT_ID: z
    .string()
    .regex(/^\d+\.\d+$/, 'must be the Client ID from Basic Information, e.g. 1234567890.0987654321')
    .optional(),
  SLACK_CLIENT_SECRET: z.string().min(8, 'must be the Client Secret from Basic Information').optional(),
  /** Signs the OAuth `state` (with a browser cookie) so a redirect is only accepted from the install page. */
  SLACK_STATE_SECRET: z
    .string()
    .min(16, 'must be at least 16 characters (e.g. `openssl rand -hex 24`)')
    .optional(),
  /** Bot scopes asked for at install, comma-separated. */
  SLACK_SCOPES: z
    .string()
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    )
    .default([
      'commands',
      'chat:write',
      'channels:history',
      'groups:history',
      'reactions:write',
      'users:read',
      // "Remind me": a direct message to the person who asked (docs/adr/032)
      'im:write',
    ]),
  /** Where /slack/install sends the browser; Slack's own page unless a test points it elsewhere. */
  SLACK_AUTHORIZE_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    .default('https://slack.com/oauth/v2/authorize'),
};

interface SlackOAuthInput {
  SLACK_CLIENT_ID?: string | undefined;
  SLACK_CLIENT_SECRET?: string | undefined;
  SLACK_STATE_SECRET?: string | undefined;
  SLACK_SIGNING_SECRET?: string | undefined;
  SLACK_BOT_TOKEN?: string | undefined;
  SLACK_APP_TOKEN?: string | undefined;
}

/** The rules between the OAuth variables: all three or none, a signing secret, not with Socket Mode. */
export function checkSlackOAuth(c: SlackOAuthInput, ctx: z.RefinementCtx): void {
  const given = [c.SLACK_CLIENT_ID, c.SLACK_CLIENT_SECRET, c.SLACK_STATE_SECRET].filter(
    (v) => v !== undefined,
  );
  if (given.length === 0) return;
  const add = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (c.SLACK_CLIENT_ID === undefined)
    add('SLACK_CLIENT_ID', 'SLACK_CLIENT_ID is required for Slack installs');
  if (c.SLACK_CLIENT_SECRET === undefined)
    add('SLACK_CLIENT_SECRET', 'SLACK_CLIENT_SECRET is required with SLACK_CLIENT_ID (Basic Information)');
  if (c.SLACK_STATE_SECRET === undefined)
    add(
      'SLACK_STATE_SECRET',
      'SLACK_STATE_SECRET is required with SLACK_CLIENT_ID (e.g. `openssl rand -hex 24`)',
    );
  if (c.SLACK_SIGNING_SECRET === undefined)
    add('SLACK_SIGNING_SECRET', 'SLACK_SIGNING_SECRET is required with SLACK_CLIENT_ID (Basic Information)');
  if (c.SLACK_APP_TOKEN !== undefined)
    add('SLACK_APP_TOKEN', 'Slack installs (SLACK_CLIENT_ID) need the HTTP receiver: unset SLACK_APP_TOKEN');
}

/** True when briefbot is installable by many workspaces (OAuth), rather than one SLACK_BOT_TOKEN. */
export function slackOAuthEnabled(c: { SLACK_CLIENT_ID?: string | undefined }): boolean {
  return c.SLACK_CLIENT_ID !== undefined;
}
