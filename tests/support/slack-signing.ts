import { createHmac } from 'node:crypto';

/**
 * Signs a request body the way Slack does: v0 HMAC-SHA256 of `v0:<timestamp>:<body>` with the
 * app's signing secret. https://api.slack.com/authentication/verifying-requests-from-slack
 */
export function slackSignatureHeaders(
  secret: string,
  body: string,
  timestampSec = Math.floor(Date.now() / 1000),
): Record<string, string> {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestampSec}:${body}`).digest('hex')}`;
  return { 'x-slack-request-timestamp': String(timestampSec), 'x-slack-signature': signature };
}

let invocation = 0;

/**
 * The form body Slack posts for `/brief <text>`. Like Slack, every invocation gets its own
 * `trigger_id`, so two calls never produce the same signed bytes (identical ones are replays).
 */
export function slashCommandBody(fields: {
  text: string;
  channel?: string;
  user?: string;
  team?: string;
  responseUrl: string;
}): string {
  return new URLSearchParams({
    token: 'deprecated-verification-token',
    team_id: fields.team ?? 'T0FAKE',
    team_domain: 'fake',
    channel_id: fields.channel ?? 'C0NEWS',
    channel_name: 'news',
    user_id: fields.user ?? 'U0ALICE',
    user_name: 'alice',
    command: '/brief',
    text: fields.text,
    api_app_id: 'A0BRIEF',
    is_enterprise_install: 'false',
    response_url: fields.responseUrl,
    trigger_id: `${process.pid}.${Date.now()}.${++invocation}`,
  }).toString();
}

/** The JSON body of an Events API `message` event in a channel. */
export function messageEventBody(fields: {
  eventId: string;
  text: string;
  channel?: string;
  user?: string;
  ts?: string;
  subtype?: string;
  botId?: string;
  threadTs?: string;
}): string {
  const ts = fields.ts ?? '1700000100.000200';
  return JSON.stringify({
    token: 'deprecated-verification-token',
    team_id: 'T0FAKE',
    api_app_id: 'A0BRIEF',
    type: 'event_callback',
    event_id: fields.eventId,
    event_time: 1700000100,
    authorizations: [{ team_id: 'T0FAKE', user_id: 'UBRIEFBOT', is_bot: true }],
    event: {
      type: 'message',
      channel: fields.channel ?? 'C0NEWS',
      channel_type: 'channel',
      user: fields.user ?? 'U0ALICE',
      text: fields.text,
      ts,
      event_ts: ts,
      ...(fields.subtype !== undefined ? { subtype: fields.subtype } : {}),
      ...(fields.botId !== undefined ? { bot_id: fields.botId } : {}),
      ...(fields.threadTs !== undefined ? { thread_ts: fields.threadTs } : {}),
    },
  });
}

/** POSTs a (signed or not) request to the Slack endpoint; returns status and body text. */
export async function postToSlackEndpoint(
  url: string,
  body: string,
  headers: Record<string, string>,
  contentType: 'application/x-www-form-urlencoded' | 'application/json',
): Promise<{ status: number; text: string }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': contentType, ...headers },
    body,
  });
  return { status: res.status, text: await res.text() };
}
