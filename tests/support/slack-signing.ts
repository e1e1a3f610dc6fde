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

let interaction = 0;

/**
 * The form body Slack posts when someone clicks a button in a message: `payload=<JSON>` of type
 * block_actions, with the message's channel and ts, a fresh trigger_id and a response_url.
 * https://api.slack.com/reference/interaction-payloads/block-actions
 */
export function blockActionBody(fields: {
  actionId: string;
  value: string;
  messageTs: string;
  responseUrl: string;
  channel?: string;
  user?: string;
  blockId?: string;
}): string {
  const channel = fields.channel ?? 'C0NEWS';
  const user = fields.user ?? 'U0ALICE';
  const payload = {
    type: 'block_actions',
    user: { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: 'T0FAKE' },
    api_app_id: 'A0BRIEF',
    token: 'deprecated-verification-token',
    container: { type: 'message', message_ts: fields.messageTs, channel_id: channel, is_ephemeral: false },
    trigger_id: `${process.pid}.${Date.now()}.t${++interaction}`,
    team: { id: 'T0FAKE', domain: 'fake' },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: channel, name: 'news' },
    message: { type: 'message', user: 'UBRIEFBOT', ts: fields.messageTs, bot_id: 'BBRIEFBOT', text: 'Brief' },
    state: { values: {} },
    response_url: fields.responseUrl,
    actions: [
      {
        action_id: fields.actionId,
        block_id: fields.blockId ?? 'briefbot_date_0',
        text: { type: 'plain_text', text: 'button', emoji: true },
        value: fields.value,
        type: 'button',
        action_ts: `${Math.floor(Date.now() / 1000)}.${interaction}`,
      },
    ],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/**
 * The form body Slack posts when someone submits a modal: `payload=<JSON>` of type view_submission,
 * the view as opened (callback_id, private_metadata) with `state.values[block][action].value`.
 * https://api.slack.com/reference/interaction-payloads/views#view_submission
 */
export function viewSubmissionBody(fields: {
  view: { callback_id: string; private_metadata: string };
  values: Record<string, Record<string, string>>;
  user?: string;
}): string {
  const user = fields.user ?? 'U0ALICE';
  const values = Object.fromEntries(
    Object.entries(fields.values).map(([block, inputs]) => [
      block,
      Object.fromEntries(
        Object.entries(inputs).map(([id, value]) => [id, { type: 'plain_text_input', value }]),
      ),
    ]),
  );
  const payload = {
    type: 'view_submission',
    team: { id: 'T0FAKE', domain: 'fake' },
    user: { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: 'T0FAKE' },
    api_app_id: 'A0BRIEF',
    token: 'deprecated-verification-token',
    trigger_id: `${process.pid}.${Date.now()}.v${++interaction}`,
    view: {
      id: `V0VIEW${interaction}`,
      team_id: 'T0FAKE',
      type: 'modal',
      callback_id: fields.view.callback_id,
      private_metadata: fields.view.private_metadata,
      state: { values },
      hash: `${interaction}.hash`,
      root_view_id: `V0VIEW${interaction}`,
      app_id: 'A0BRIEF',
      bot_id: 'BBRIEFBOT',
    },
    response_urls: [],
    is_enterprise_install: false,
    enterprise: null,
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}
