import type { z as Zod } from 'zod';

/**
 * The one data contract (DESIGN.md): what `briefbot brief --json` prints and the store keeps. The schemas are
 * built on their first use: `briefbot brief` with the local engine never validates with them
 * (`inContractShape`) and so never loads zod (ADR 041).
 */
function buildSchemas(z: typeof Zod) {
  const personSchema = z.object({
    name: z.string().min(1),
    kind: z.enum(['person', 'organization']),
    role: z.string().optional(),
    aliases: z.array(z.string()).optional(),
  });

  const nextDateSchema = z.object({
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

  const briefSchema = z.object({
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
  return { personSchema, nextDateSchema, briefSchema };
}

type Schemas = ReturnType<typeof buildSchemas>;
type BriefSchema = Schemas['briefSchema'];
let built: Schemas | undefined;
/* eslint-disable @typescript-eslint/no-require-imports, @typescript-eslint/consistent-type-imports -- a lazy load
   in CommonJS: zod and the schemas load on the first validation */
const schemas = (): Schemas => (built ??= buildSchemas((require('zod') as typeof import('zod')).z));
/* eslint-enable @typescript-eslint/no-require-imports, @typescript-eslint/consistent-type-imports */

/** Validates a brief against the contract (model output, stored briefs): `parse` throws, `safeParse` tells. */
export const briefSchema = {
  parse: (data: unknown): Zod.output<BriefSchema> => schemas().briefSchema.parse(data),
  safeParse: (data: unknown): ReturnType<BriefSchema['safeParse']> => schemas().briefSchema.safeParse(data),
};

export type Person = Zod.infer<Schemas['personSchema']>;
/**
 * A next item as engines write it and chat reads it: `status` may be left out and then means `scheduled`
 * (a brief parsed by `briefSchema` always carries it).
 */
export type NextDate = Zod.input<Schemas['nextDateSchema']>;
export type Brief = Zod.input<BriefSchema>;

/** Copies the fields of `from` named in `keys`, in that order, leaving out the undefined ones. */
function picked<T extends object>(from: T, keys: readonly (keyof T)[]): T {
  const out: Partial<T> = {};
  for (const key of keys) if (from[key] !== undefined) out[key] = from[key];
  return out as T;
}

const PERSON_KEYS = ['name', 'kind', 'role', 'aliases'] as const;
const NEXT_KEYS = ['date', 'time', 'timezone', 'what', 'where', 'quote', 'status', 'previous'] as const;
const BRIEF_KEYS = [
  'url',
  'title',
  'site',
  'published',
  'lang',
  'publishedSource',
  'who',
  'what',
  'next',
  'engine',
  'warnings',
] as const;

/**
 * A brief its engine built to the contract's types, shaped as `briefSchema.parse` would return it (the
 * contract's field order, no other fields, `status` filled in), without loading zod. For the local engine,
 * whose output tests validate against the schema (tests/unit/engine/brief-contract-shape.test.ts); model
 * output goes through `briefSchema.parse`.
 */
export function inContractShape(brief: Brief): Brief {
  return {
    ...picked(brief, BRIEF_KEYS),
    who: brief.who.map((person) => picked(person, PERSON_KEYS)),
    next: brief.next.map((item) => picked({ ...item, status: item.status ?? 'scheduled' }, NEXT_KEYS)),
  };
}
