import { z } from 'zod';

/** The one data contract (DESIGN.md): what `briefbot brief --json` prints and the store keeps. */
export const personSchema = z.object({
  name: z.string().min(1),
  kind: z.enum(['person', 'organization']),
  role: z.string().optional(),
  aliases: z.array(z.string()).optional(),
});

export const nextDateSchema = z.object({
  /** YYYY-MM-DD, or YYYY-MM when the article gives only a month. */
  date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/),
  /** HH:MM (24 h) when the article gives a time. */
  time: z
    .string()
    .regex(/^\d{2}:\d{2}$/)
    .nullable(),
  /** IANA zone or UTC offset of `time` when the article gives one. */
  timezone: z.string().nullable(),
  /** A short label naming the event ("Russia-NATO meeting"). */
  what: z.string().min(1),
  where: z.string().nullable(),
  /** The verbatim span of the article the date came from. */
  quote: z.string().min(1),
  /** What the article says became of the event: still on, moved (from `previous`), or called off. */
  status: z.enum(['scheduled', 'moved', 'cancelled']).default('scheduled'),
  /** For a moved event, the date it had before (YYYY-MM-DD or YYYY-MM), when the article gives it. */
  previous: z
    .string()
    .regex(/^\d{4}-\d{2}(-\d{2})?$/)
    .optional(),
});

export const briefSchema = z.object({
  url: z.string().optional(),
  title: z.string(),
  site: z.string().optional(),
  published: z.string().nullable(),
  /** The article's language (ISO 639-1, "en"), as the engine read it. */
  lang: z.string().optional(),
  /** How `published` was chosen: given by the caller, found in the article, today's date, or the day the page was fetched (it named none). */
  publishedSource: z.enum(['given', 'article', 'today', 'fetched']).optional(),
  who: z.array(personSchema),
  what: z.string(),
  next: z.array(nextDateSchema),
  engine: z.string(),
  /** Things a reader should know about this brief (paywall, too short, engine fallback...). */
  warnings: z.array(z.string()).optional(),
});

export type Person = z.infer<typeof personSchema>;
/**
 * A next item as engines write it and chat reads it: `status` may be left out and then means `scheduled`
 * (a brief parsed by `briefSchema` always carries it).
 */
export type NextDate = z.input<typeof nextDateSchema>;
export type Brief = z.input<typeof briefSchema>;
