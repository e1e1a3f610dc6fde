import { z } from 'zod';

/**
 * What the model is asked to answer, as zod schemas used both for the `json_schema` response format
 * (strict structured output: every field required, absent values are `null`) and to validate a
 * JSON-mode answer. Nothing here is trusted: `ground-answer.ts` checks every field against the article.
 */
export const modelPersonSchema = z.object({
  name: z.string(),
  kind: z.enum(['person', 'organization']),
  role: z.string().nullable(),
  aliases: z.array(z.string()),
});

export const modelNextDateSchema = z.object({
  date: z.string(),
  time: z.string().nullable(),
  timezone: z.string().nullable(),
  what: z.string(),
  where: z.string().nullable(),
  quote: z.string(),
});

/** The openai engine's answer: the whole brief, written by the model. */
export const modelAnswerSchema = z.object({
  what: z.string(),
  who: z.array(modelPersonSchema),
  next: z.array(modelNextDateSchema),
});

/** The hybrid engine's answer: labels, merges and ranks the local engine's candidates by id. */
export const hybridAnswerSchema = z.object({
  what: z.string(),
  who: z.array(
    z.object({
      /** Candidate ids ("p1", "p3") that are the same person or organization, best-known first. */
      ids: z.array(z.string()),
      role: z.string().nullable(),
    }),
  ),
  next: z.array(
    z.object({
      /** Candidate ids ("d2") that are the same event; the first one's date and quote are used. */
      ids: z.array(z.string()),
      what: z.string(),
      where: z.string().nullable(),
    }),
  ),
});

export type ModelPerson = z.infer<typeof modelPersonSchema>;
export type ModelNextDate = z.infer<typeof modelNextDateSchema>;
export type ModelAnswer = z.infer<typeof modelAnswerSchema>;
export type HybridAnswer = z.infer<typeof hybridAnswerSchema>;
