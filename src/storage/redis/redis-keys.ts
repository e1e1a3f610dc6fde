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
 * | `intake-claim:<key>`                            | string | which asker says "Queued" (30 s)       |
 * | `channel-briefs:<platform>:<channel>`, `channel-brief-data:…` | zset, hash | the channel page's briefs |
 * | `page-token:<token>`, `page-token-of:<platform>:<channel>` | string | channel page links     |
 * | `story-print:<key>`, `story-posts:<platform>:<channel>` | string, hash | one story, one post   |
 * | `story-claim:<platform>:<channel>`              | string | match-and-post lock (15 s)             |
 * | `feed:<id>`, `feed-follows:<id>`, `feed-seen:<id>`, `feed-outbox:<id>`, `feed-outbox-lock:<id>`, `feed-batch-marks:<batch>`, `feed-posted:<id>`, `channel-feeds:<platform>:<channel>` | hash, set | followed feeds (src/feeds/redis-feed-store.ts) |
 *
 * A channel of a Slack team (`team` set: briefbot installed in several workspaces) is
 * `<platform>:<team>:<channel>` in every row above; without a team the layout is unchanged, so
 * single-workspace installs read their keys as before (docs/adr/035-team-scoped-keys.md).
 *
 * Every store in this folder builds its keys here; the strings are those of earlier installs, byte
 * for byte, so stored data stays readable.
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

/** The kinds of key the followed-feeds store keeps (src/feeds/redis-feed-store.ts). */
export type FeedKeyKind =
  | 'feed'
  | 'feed-follows'
  | 'feed-seen'
  | 'feed-outbox'
  | 'feed-outbox-lock'
  | 'feed-posted'
  | 'feed-batch-marks'
  | 'channel-feeds';

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
    intakeClaim: (key: string) => `${prefix}:intake-claim:${key}`,
    channelBriefs: (ref: ChannelKeyRef) => `${prefix}:channel-briefs:${channel(ref)}`,
    channelBriefData: (ref: ChannelKeyRef) => `${prefix}:channel-brief-data:${channel(ref)}`,
    pageToken: (token: string) => `${prefix}:page-token:${token}`,
    pageTokenOf: (ref: ChannelKeyRef) => `${prefix}:page-token-of:${channel(ref)}`,
    storyPrint: (key: string) => `${prefix}:story-print:${key}`,
    storyPosts: (ref: ChannelKeyRef) => `${prefix}:story-posts:${channel(ref)}`,
    storyClaim: (ref: ChannelKeyRef) => `${prefix}:story-claim:${channel(ref)}`,
    /** The feed store's keys by kind; `channel-feeds` takes the store's channel field as its id. */
    feed: (kind: FeedKeyKind, id: string) => `${prefix}:${kind}:${id}`,
    delivered: (ref: ChannelKeyRef) => `${prefix}:delivered:${channel(ref)}`,
    digestDay: (ref: { platform: string; channel: string }, day: string) =>
      `${prefix}:digest:${channel(ref)}:day:${day}`,
    digestLast: (ref: ChannelKeyRef) => `${prefix}:digest:${channel(ref)}:last`,
    reminded: (jobId: string, at: number) => `${prefix}:reminded:${jobId}:${at}`,
    calendarToken: (token: string) => `${prefix}:calendar-token:${token}`,
    engineAnswer: (hash: string) => `${prefix}:engine:answer:${hash}`,
    engineFlight: (hash: string) => `${prefix}:engine:flight:${hash}`,
    engineTokens: (day: string) => `${prefix}:engine:tokens:${day}`,
    slackSeen: (eventId: string) => `${prefix}:slack:seen:${eventId}`,
  };
}
