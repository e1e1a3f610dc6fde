import { z } from 'zod';
import { destinationSchema, platformSchema } from '../core/destination';

/**
 * Job payloads, validated when a job is added and again when a worker takes it:
 * payloads outlive deploys, so a worker must never trust what an older (or newer) process wrote.
 */

/** Payload of a `briefs` job. */
export const briefJobSchema = z.object({
  key: z.string().regex(/^[0-9a-f]{8,64}$/),
  url: z.url(),
});

/** Payload of a `deliveries` job. */
export const deliverJobSchema = z.object({
  key: z.string().regex(/^[0-9a-f]{8,64}$/),
  destination: destinationSchema,
});

/** Payload of a `reminders` job (one delayed job per event, channel and lead). */
export const reminderJobSchema = z.object({
  platform: platformSchema,
  channel: z.string().min(1),
  /** The Slack team, when installed in several workspaces (ADR 035). */
  team: z.string().optional(),
  eventId: z.string().min(1),
  lead: z.string().min(1),
  /** When the reminder was planned for (ms), for the log line of a dropped one. */
  at: z.number(),
  /** A member's personal reminder ("Remind me"): sent to them by direct message, not to the channel. */
  user: z
    .string()
    .regex(/^[A-Za-z0-9]{1,40}$/)
    .optional(),
});

/** Payload of a `digests` job (from the channel's job scheduler, or `/brief digest now`). */
export const digestJobSchema = z.object({
  platform: platformSchema,
  channel: z.string().min(1),
  /** The Slack team, when installed in several workspaces (ADR 035). */
  team: z.string().optional(),
  /** Set by `/brief digest now`: post even if today's digest went out or the day is empty. */
  force: z.boolean().optional(),
});

export type BriefJobData = z.infer<typeof briefJobSchema>;
export type DeliverJobData = z.infer<typeof deliverJobSchema>;
export type ReminderJobData = z.infer<typeof reminderJobSchema>;
export type DigestJobData = z.infer<typeof digestJobSchema>;

/** A job payload that does not match its schema: the job can never succeed, so it is not retried. */
export class InvalidPayloadError extends Error {
  readonly code = 'INVALID_PAYLOAD';
  readonly retryable = false;
  constructor(
    readonly queue: string,
    readonly problems: string,
  ) {
    super(`invalid ${queue} job payload: ${problems}`);
    this.name = 'InvalidPayloadError';
  }
}

/** Parses `data` with `schema` or throws InvalidPayloadError naming the queue. */
export function parsePayload<T>(schema: z.ZodType<T>, queue: string, data: unknown): T {
  const parsed = schema.safeParse(data);
  if (!parsed.success)
    throw new InvalidPayloadError(
      queue,
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
    );
  return parsed.data;
}
