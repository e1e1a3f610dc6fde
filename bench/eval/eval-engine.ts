import { Registry } from 'prom-client';
import type { Clock } from '../../src/clock/clock';
import { loadConfig } from '../../src/config/config';
import type { Article } from '../../src/engine/article';
import type { Brief } from '../../src/engine/brief';
import type { BriefOptions } from '../../src/engine/brief-engine';
import { createEngine, engineNames, type EngineName } from '../../src/engine/create-engine';
import { LocalEngine } from '../../src/engine/local/local-engine';
import { silentLogger } from '../../src/logging/logger';

/** What the model engines spent so far: model calls and tokens (from their own /metrics counters). */
export interface ModelUsage {
  calls: number;
  promptTokens: number;
  completionTokens: number;
}

/** The engine the eval scores: `brief` as the CLI calls it, and the model usage behind it. */
export interface EvalEngine {
  name: EngineName;
  brief(article: Article, options?: BriefOptions): Promise<Brief>;
  usage(): Promise<ModelUsage>;
}

/** `--engine NAME` or `--engine=NAME` in `argv` (default local); the rest of argv without it. */
export function engineArg(argv: readonly string[]): { name: EngineName; rest: string[] } {
  const rest = [...argv];
  let value: string | undefined;
  const at = rest.findIndex((a) => a === '--engine' || a.startsWith('--engine='));
  if (at !== -1) {
    value = rest[at]!.includes('=') ? rest[at]!.slice('--engine='.length) : rest[at + 1];
    rest.splice(at, rest[at]!.includes('=') ? 1 : 2);
  }
  const name = (value ?? 'local') as EngineName;
  if (!engineNames.includes(name))
    throw new Error(`--engine must be one of ${engineNames.join(', ')}, not "${value}"`);
  return { name, rest };
}

async function sum(registry: Registry, metric: string): Promise<number> {
  const found = registry.getSingleMetric(metric);
  if (!found) return 0;
  return (await found.get()).values.reduce((total, v) => total + v.value, 0);
}

/**
 * The engine for `npm run eval -- --engine local|openai|hybrid`: local in this thread, or a model engine
 * against OPENAI_BASE_URL (any OpenAI-compatible server) with OPENAI_API_KEY and OPENAI_MODEL from the
 * environment, its answer cache in memory (each article is asked once per run).
 */
export function openEvalEngine(name: EngineName, env: NodeJS.ProcessEnv, clock: Clock): EvalEngine {
  const local = new LocalEngine({ clock });
  if (name === 'local')
    return {
      name,
      brief: async (article, options) => local.briefNow(article, options),
      usage: async () => ({ calls: 0, promptTokens: 0, completionTokens: 0 }),
    };
  const registry = new Registry();
  const engine = createEngine(loadConfig(env), { clock, logger: silentLogger(), local, registry }, name);
  return {
    name,
    brief: (article, options) => engine.brief(article, options),
    usage: async () => ({
      calls: await sum(registry, 'briefbot_engine_model_calls_total'),
      promptTokens: await sum(registry, 'briefbot_engine_prompt_tokens_total'),
      completionTokens: await sum(registry, 'briefbot_engine_completion_tokens_total'),
    }),
  };
}

/** "model        calls/article 1.00  tokens/article 1234 (prompt 1100 + completion 134)" over `articles`. */
export function usageLine(before: ModelUsage, after: ModelUsage, articles: number): string {
  const per = (n: number) => (articles === 0 ? 0 : n / articles);
  const prompt = per(after.promptTokens - before.promptTokens);
  const completion = per(after.completionTokens - before.completionTokens);
  return `model        calls/article ${per(after.calls - before.calls).toFixed(2)}  tokens/article ${(prompt + completion).toFixed(0)} (prompt ${prompt.toFixed(0)} + completion ${completion.toFixed(0)})`;
}
