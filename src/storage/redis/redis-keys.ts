/**
 * briefbot's Redis key layout, written once. Every key lives under BRIEFBOT_PREFIX (BullMQ's own
 * `<prefix>:<queue>:…` keys too), so several installs and test runs share one Redis. A channel is
 * `<platform>:<channel id>`; `key` is the brief key (hash of the canonical URL).
 *
 * | Key                                             | Type   | Holds                                  |
 * | ----------------------------------------------- | ------ | -------------------------------------- |
 * | `brief:<key>`                                   | string | the brief (JSON, TTL BRIEF_TTL_DAYS)   |
 * | `brief-failure:<key>`                           | string | why it failed for good (TTL 5 min)     |
 * | `brief-pending:<key>`                           | set    | destinations waiting for the brief     |
 * | `delivery:<key>:<platform>:<channel>`           | string | the posted message ref                 |
 * | `channel-settings:<platform>:<channel>`         | hash   | channel settings, a field per setting  |
 * | `channel:<platform>:<channel>`                  | string | channel settings of older installs     |
 * | `watched-channels`                              | set    | `<platform>:<channel>` with watch on   |
 * | `events:<platform>:<channel>`                   | zset   | event ids by start time                |
 * | `event:<platform>:<channel>:<id>`               | string | one channel event (JSON)               |
 * | `delivered:<platform>:<channel>`                | zset   | briefs delivered (for the digest)      |
 * | `digest:<platform>:<channel>:day:<day>`, `:last`| string | digest sent markers                    |
 * | `reminded:<job id>:<at>`                        | string | reminder sent marker                   |
 * | `calendar-token:<token>`                        | string | the channel a calendar URL opens       |
 * | `engine:answer:<hash>`, `engine:flight:<hash>`  | string | model answers cache, single flight     |
 * | `engine:tokens:<day>`                           | string | model tokens spent that day            |
 * | `slack:seen:<event id>`                         | string | Slack event ids already handled        |
 * | `slack-installation:team:<team>`                | string | a Slack install (bot token, scopes)    |
 *
 * A channel of a Slack team (`team` set: briefbot installed in several workspaces) is
 * `<platform>:<team>:<channel>` in every row above; without a team the layout is unchanged, so
 * single-workspace installs read their keys as before (docs/adr/035-team-scoped-keys.md).
 *
 * The last four rows are still written where they are used (src/events/digest-sender.ts,
 * reminder-sender.ts, calendar-tokens.ts, src/engine/openai/redis-engine-stores.ts,
 * src/chat/slack/redis-seen-events.ts); the stores in this folder build theirs here.
 */
/** `<platform>:<channel>`, or `<platform>:<team>:<channel>` for a channel of a Slack team (ADR 035). */
export function channelSegment(ref: {
  platform: string;
  channel: string;
  team?: string | undefined;
}): string {
  return ref.team !== undefined
    ? `${ref.platform}:${ref.team}:${ref.channel}`
    : `${ref.platform}:${ref.channel}`;
}

type ChannelKeyRef = { platform: string; channel: string; team?: string | undefined };

export function redisKeys(prefix: string) {
  const channel = channelSegment;
  return {
    brief: (key: string) => `${prefix}:brief:${key}`,
    briefFailure: (key: string) => `${prefix}:brief-failure:${key}`,
    briefPending: (key: string) => `${prefix}:brief-pending:${key}`,
    delivery: (key: string, platform: string, ch: string, team?: string) =>
      `${prefix}:delivery:${key}:${channelSegment({ platform, channel: ch, team })}`,
    channelSettings: (ref: ChannelKeyRef) => `${prefix}:channel-settings:${channel(ref)}`,
    legacyChannelSettings: (ref: ChannelKeyRef) => `${prefix}:channel:${channel(ref)}`,
    watchedChannels: () => `${prefix}:watched-channels`,
    channelEvents: (ref: ChannelKeyRef) => `${prefix}:events:${channel(ref)}`,
    channelEvent: (ref: { platform: string; channel: string }, id: string) =>
      `${prefix}:event:${channel(ref)}:${id}`,
    slackInstallation: (id: string) => `${prefix}:slack-installation:${id}`,
    delivered: (ref: ChannelKeyRef) => `${prefix}:delivered:${channel(ref)}`,
  };
}
