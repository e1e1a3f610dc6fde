import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import { z } from 'zod';
import type { Logger } from '../../logging/logger';
import { ModelCallError } from './model-call-error';
import { estimateTokens } from './trim-article';

/** Prompt and completion tokens of one call: the server's numbers, else an estimate from the text. */
export interface ModelUsage {
  promptTokens: number;
  completionTokens: number;
}

export interface ModelResult<T> {
  answer: T;
  usage: ModelUsage;
  /** Which response format the server took. */
  format: 'json_schema' | 'json_object';
}

/** Builds the messages; `jsonSchema` is set when the answer's schema must be spelled out in the prompt (JSON mode). */
export type MessageBuilder = (jsonSchema?: unknown) => OpenAI.ChatCompletionMessageParam[];

function errorOf(err: unknown): ModelCallError {
  if (err instanceof ModelCallError) return err;
  if (err instanceof OpenAI.APIConnectionTimeoutError)
    return new ModelCallError('timeout', 'no answer before the timeout');
  if (err instanceof OpenAI.RateLimitError || err instanceof OpenAI.InternalServerError)
    return new ModelCallError('unavailable', `HTTP ${err.status}`);
  if (err instanceof OpenAI.APIConnectionError)
    return new ModelCallError('unavailable', `connection failed: ${err.message}`);
  if (err instanceof OpenAI.APIError)
    return new ModelCallError('rejected', `HTTP ${err.status ?? '?'}: ${err.message}`);
  return new ModelCallError('invalid-output', err instanceof Error ? err.message : String(err));
}

/**
 * Calls the chat completions API for one structured answer. Asks for strict JSON-schema output first
 * (`zodResponseFormat`); a server that rejects that format (400/422) is asked again in JSON mode with the
 * schema in the prompt, and remembered as JSON-mode only. Either way the answer is validated with zod.
 * 429 and 5xx are retried by the SDK (`maxRetries`, honouring Retry-After); everything else that goes
 * wrong becomes a ModelCallError with a reason.
 */
export class ModelCaller {
  private jsonSchemaWorks: boolean | undefined;

  constructor(
    private readonly client: OpenAI,
    private readonly model: string,
    private readonly logger: Logger,
  ) {}

  async call<T>(schema: z.ZodType<T>, name: string, messages: MessageBuilder): Promise<ModelResult<T>> {
    if (this.jsonSchemaWorks !== false) {
      try {
        const result = await this.once(schema, messages(), {
          type: 'json_schema',
          format: zodResponseFormat(schema, name),
        });
        this.jsonSchemaWorks = true;
        return result;
      } catch (err) {
        const badFormat =
          (err instanceof OpenAI.BadRequestError || err instanceof OpenAI.UnprocessableEntityError) &&
          this.jsonSchemaWorks === undefined;
        if (!badFormat) throw errorOf(err);
        this.jsonSchemaWorks = false;
        this.logger.warn(
          { model: this.model, status: err.status },
          'the model server rejected json_schema output; using JSON mode from now on',
        );
      }
    }
    try {
      return await this.once(schema, messages(z.toJSONSchema(schema)), {
        type: 'json_object',
        format: { type: 'json_object' },
      });
    } catch (err) {
      throw errorOf(err);
    }
  }

  private async once<T>(
    schema: z.ZodType<T>,
    messages: OpenAI.ChatCompletionMessageParam[],
    responseFormat: {
      type: 'json_schema' | 'json_object';
      format: NonNullable<OpenAI.ChatCompletionCreateParams['response_format']>;
    },
  ): Promise<ModelResult<T>> {
    const started = Date.now();
    let completion: OpenAI.ChatCompletion;
    try {
      completion = await this.client.chat.completions.create({
        model: this.model,
        messages,
        temperature: 0,
        response_format: responseFormat.format,
      });
    } catch (err) {
      // The SDK spots its own timeout by the abort error's name; an AbortError from another realm (a test
      // sandbox, a fetch polyfill) reaches us as a plain connection error, so the clock decides too.
      if (
        err instanceof OpenAI.APIConnectionError &&
        !(err instanceof OpenAI.APIConnectionTimeoutError) &&
        Date.now() - started >= this.client.timeout
      ) {
        throw new ModelCallError('timeout', `no answer within ${this.client.timeout} ms`);
      }
      throw err;
    }
    const choice = completion.choices[0];
    const content = choice?.message.content ?? '';
    const promptChars = messages.reduce(
      (n, m) => n + (typeof m.content === 'string' ? m.content.length : 0),
      0,
    );
    const usage: ModelUsage = {
      promptTokens: completion.usage?.prompt_tokens ?? Math.ceil(promptChars / 4),
      completionTokens: completion.usage?.completion_tokens ?? estimateTokens(content),
    };
    if (!choice) throw new ModelCallError('invalid-output', 'the answer had no choices', usage);
    if (choice.message.refusal)
      throw new ModelCallError('refusal', choice.message.refusal.slice(0, 200), usage);
    if (choice.finish_reason === 'content_filter')
      throw new ModelCallError('refusal', 'stopped by the content filter', usage);
    if (choice.finish_reason === 'length')
      throw new ModelCallError('invalid-output', 'the answer was cut off at the length limit', usage);
    let json: unknown;
    try {
      json = JSON.parse(content.replace(/^\s*```(?:json)?\s*|\s*```\s*$/g, ''));
    } catch {
      throw new ModelCallError('invalid-output', `not JSON: ${JSON.stringify(content.slice(0, 80))}`, usage);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ModelCallError(
        'invalid-output',
        `does not match the schema at ${issue?.path.join('.') || 'top'}: ${issue?.message ?? ''}`,
        usage,
      );
    }
    return { answer: parsed.data, usage, format: responseFormat.type };
  }
}
