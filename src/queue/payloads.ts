import { z } from 'zod';
import { destinationSchema } from '../core/destination';

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

export type BriefJobData = z.infer<typeof briefJobSchema>;
export type DeliverJobData = z.infer<typeof deliverJobSchema>;

/** A job payload that does not match its schema: the job can never succeed, so it is not retried. */
export class InvalidPayloadError extends Error {
  readonly code = 'INVALID_PAYLOAD';
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
