import { createHash } from 'node:crypto';
import type OpenAI from 'openai';
import type { Registry } from 'prom-client';
import type { z } from 'zod';
import type { Clock } from '../../clock/clock';
import type { Logger } from '../../logging/logger';
import type { Article } from '../article';
import { briefSchema, type Brief } from '../brief';
import { unsupportedLanguageWarning } from '../language/supported-languages';
import { ArticleIndex } from './article-index';
import type { BriefCache, FlightLock, TokenLedger } from './brief-cache';
import { createEngineMetrics, type EngineMetrics } from './engine-metrics';
import { groundAnswer } from './ground-answer';
import { withoutInstructions } from './instruction-paragraphs';
import { ModelCallError } from './model-call-error';
import { ModelCaller, type MessageBuilder, type ModelUsage } from './model-caller';
import type { ModelAnswer } from './model-answer';
import { SingleFlight } from './single-flight';

/** What the openai and hybrid engines are built from; the composition root fills it (see create-engine.ts). */
export interface ModelEngineDeps {
  /** The real SDK client, pointed at OpenAI or any compatible server (`baseURL`). */
  client: OpenAI;
  model: string;
  /** The offline engine: publication date, candidates (hybrid) and every fallback. */
  local: { brief(article: Article, options?: { published?: string }): Promise<Brief> };
  cache: BriefCache;
  lock: FlightLock;
  ledger: TokenLedger;
  clock: Clock;
  logger: Logger;
  /** prom-client registry for the engine's counters (the app's, so /metrics shows them). */
  registry?: Registry;
  /** Prompt + completion tokens per UTC day; 0 or unset: no limit. */
  dailyTokenBudget?: number;
  /** Estimated tokens of article text sent per call (see trim-article.ts). */
  articleTokenBudget?: number;
  /** How long a model answer is reused; default 30 days. */
  cacheTtlSeconds?: number;
  /** How long one process may hold the model call for an article before another may try; default 5 minutes. */
  lockTtlMs?: number;
  pollMs?: number;
}

/** What differs between the openai and hybrid engines. */
export interface ModelBriefSpec<T> {
  engine: string;
  promptVersion: string;
  schema: z.ZodType<T>;
  /** Input besides the article text that changes the answer (hybrid: its candidates). */
  keyExtra: string;
  messages: MessageBuilder;
  /** Turns the model's answer into the shape the grounding checker reads (and says what it could not map). */
  toModelAnswer(answer: T): { answer: ModelAnswer; dropped: string[] };
  /** `date`: next dates sorted by date; `model`: in the model's ranking. */
  order: 'date' | 'model';
  /** Log fields about what was sent (trimming). */
  sent: Record<string, unknown>;
}

const DAY_SECONDS = 24 * 3600;

interface CachedAnswer {
  answer: unknown;
  usage: ModelUsage;
  format: string;
}

/**
 * The part both model engines share: daily budget → cache / single-flight model call → grounding → brief,
 * with the local brief as the answer whenever the model cannot be used, saying why in `warnings`.
 */
export class ModelBriefRunner {
  private readonly caller: ModelCaller;
  private readonly flight: SingleFlight;
  readonly metrics: EngineMetrics;

  constructor(private readonly deps: ModelEngineDeps) {
    this.caller = new ModelCaller(deps.client, deps.model, deps.logger);
    this.flight = new SingleFlight({
      cache: deps.cache,
      lock: deps.lock,
      lockTtlMs: deps.lockTtlMs ?? 5 * 60_000,
      ...(deps.pollMs !== undefined ? { pollMs: deps.pollMs } : {}),
    });
    this.metrics = createEngineMetrics(deps.registry);
  }

  async run<T>(article: Article, local: Brief, spec: ModelBriefSpec<T>): Promise<Brief> {
    const { deps } = this;
    const published = local.published ?? deps.clock.now().toISOString().slice(0, 10);
    const log = {
      engine: spec.engine,
      model: deps.model,
      ...(article.url !== undefined ? { url: article.url } : {}),
    };
    const day = deps.clock.now().toISOString().slice(0, 10);
    const key = createHash('sha256')
      .update(
        [article.title, article.text, published, deps.model, spec.promptVersion, spec.keyExtra].join(
          '\u0000',
        ),
      )
      .digest('hex');

    let cached: CachedAnswer;
    let produced: boolean;
    try {
      const result = await this.flight.run(key, deps.cacheTtlSeconds ?? 30 * DAY_SECONDS, async () => {
        const budget = deps.dailyTokenBudget ?? 0;
        const spent = budget > 0 ? await deps.ledger.spent(day) : 0;
        if (budget > 0 && spent >= budget) throw new BudgetSpentError(spent, budget, day);
        try {
          const r = await this.caller.call(spec.schema, spec.engine, spec.messages);
          await this.charge(spec.engine, day, r.usage, 'ok');
          return JSON.stringify({
            answer: r.answer,
            usage: r.usage,
            format: r.format,
          } satisfies CachedAnswer);
        } catch (err) {
          if (err instanceof ModelCallError) await this.charge(spec.engine, day, err.usage, err.reason);
          throw err;
        }
      });
      cached = JSON.parse(result.value) as CachedAnswer;
      produced = result.produced;
    } catch (err) {
      if (err instanceof BudgetSpentError) {
        this.metrics.fallback(spec.engine, 'budget');
        deps.logger.warn(
          { ...log, spent: err.spent, budget: err.budget, day },
          'daily model token budget spent (OPENAI_DAILY_TOKEN_BUDGET); briefing with the local engine until midnight UTC',
        );
        return withWarning(
          local,
          `the daily model token budget is spent; briefed by the local engine instead`,
        );
      }
      if (!(err instanceof ModelCallError)) throw err;
      this.metrics.fallback(spec.engine, err.reason);
      deps.logger.warn(
        { ...log, reason: err.reason, detail: err.detail, ...(err.usage ?? {}) },
        `model call failed (${err.reason}); briefed with the local engine`,
      );
      return withWarning(local, err.warning);
    }

    const parsed = spec.schema.safeParse(cached.answer);
    if (!parsed.success) {
      this.metrics.fallback(spec.engine, 'invalid-output');
      deps.logger.warn(
        { ...log, reason: 'invalid-output' },
        'cached model answer does not match the schema; briefed with the local engine',
      );
      return withWarning(
        local,
        new ModelCallError('invalid-output', 'cached answer does not match the schema').warning,
      );
    }
    if (!produced) this.metrics.cacheHit(spec.engine);
    const mapped = spec.toModelAnswer(parsed.data);
    const grounded = groundAnswer(
      mapped.answer,
      new ArticleIndex(article.title, withoutInstructions(article.text).text),
      published,
    );
    const dropped = [...mapped.dropped, ...grounded.dropped];
    this.metrics.dropped(spec.engine, 'next', dropped.filter((d) => d.startsWith('next')).length);
    this.metrics.dropped(spec.engine, 'who', dropped.filter((d) => d.startsWith('who')).length);
    deps.logger.info(
      {
        ...log,
        ...spec.sent,
        cached: !produced,
        format: cached.format,
        promptTokens: produced ? cached.usage.promptTokens : 0,
        completionTokens: produced ? cached.usage.completionTokens : 0,
        dropped,
      },
      produced ? 'model brief' : 'model brief from cache',
    );

    const next =
      spec.order === 'date'
        ? [...grounded.next].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
        : grounded.next;
    const brief: Brief = {
      title: article.title,
      published,
      ...(local.publishedSource !== undefined ? { publishedSource: local.publishedSource } : {}),
      who: grounded.who,
      what: grounded.what !== '' ? grounded.what : local.what,
      next,
      engine: spec.engine,
    };
    if (article.url !== undefined) brief.url = article.url;
    if (article.site !== undefined) brief.site = article.site;
    if (local.lang !== undefined) brief.lang = local.lang;
    if (local.publishedSource === 'today')
      brief.warnings = [
        `no publication date given or found in the text; dates resolve from today (${published})`,
      ];
    const languageWarning = local.lang === undefined ? undefined : unsupportedLanguageWarning(local.lang);
    if (languageWarning !== undefined) brief.warnings = [...(brief.warnings ?? []), languageWarning];
    return briefSchema.parse(brief);
  }

  private async charge(
    engine: string,
    day: string,
    usage: ModelUsage | undefined,
    outcome: string,
  ): Promise<void> {
    this.metrics.call(engine, outcome);
    if (!usage) return;
    this.metrics.tokens(engine, usage.promptTokens, usage.completionTokens);
    await this.deps.ledger.add(day, usage.promptTokens + usage.completionTokens);
  }
}

/** The day's token budget is spent: no call is made. */
export class BudgetSpentError extends Error {
  readonly code = 'MODEL_BUDGET_SPENT';
  constructor(
    readonly spent: number,
    readonly budget: number,
    readonly day: string,
  ) {
    super(`daily model token budget spent: ${spent} of ${budget} tokens on ${day}`);
    this.name = 'BudgetSpentError';
  }
}

function withWarning(local: Brief, warning: string): Brief {
  return { ...local, engine: 'local', warnings: [...(local.warnings ?? []), warning] };
}
