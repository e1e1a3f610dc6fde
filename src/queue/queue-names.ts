/** The BullMQ queues briefbot uses (DESIGN.md "The flow of one link"). Every Redis key lives under BRIEFBOT_PREFIX. */
export const queueNames = {
  briefs: 'briefs',
  deliveries: 'deliveries',
  reminders: 'reminders',
  digests: 'digests',
  feeds: 'feeds',
} as const;

export type QueueName = (typeof queueNames)[keyof typeof queueNames];

/** Deterministic job id of the brief job for a key (BullMQ ids must not contain ':'). */
export function briefJobId(key: string): string {
  return `brief-${key}`;
}

/** Deterministic job id of one delivery: one per (brief, platform, channel), so a brief is never posted twice in a channel. */
export function deliverJobId(key: string, platform: string, channel: string, team?: string): string {
  const scope = team !== undefined ? `${team}-` : '';
  return `deliver-${key}-${platform}-${scope}${channel}`.replace(/:/g, '_');
}
