import type OpenAI from 'openai';
import type { Registry } from 'prom-client';
import type { Clock } from '../clock/clock';
import type { Config } from '../config/config';
import type { Logger } from '../logging/logger';
import type { BriefEngine } from './brief-engine';
import type { EngineName } from './engine-names';
import type { EngineStores } from './openai/brief-cache';
import type { ModelEngineDeps } from './openai/model-brief-runner';

/* eslint-disable @typescript-eslint/no-require-imports, @typescript-eslint/consistent-type-imports -- lazy loads in
   CommonJS: a worker whose local engine runs in threads never loads compromise and chrono on its main thread, and
   the OpenAI SDK loads only for the openai and hybrid engines (docs/adr/038-lean-worker-and-cli.md) */
const localEngine = () => require('./local/local-engine') as typeof import('./local/local-engine');
const modelModules = () => ({
  ...(require('./openai/brief-cache') as typeof import('./openai/brief-cache')),
  ...(require('./openai/create-openai-client') as typeof import('./openai/create-openai-client')),
  ...(require('./openai/hybrid-engine') as typeof import('./openai/hybrid-engine')),
  ...(require('./openai/openai-engine') as typeof import('./openai/openai-engine')),
});
/* eslint-enable @typescript-eslint/no-require-imports, @typescript-eslint/consistent-type-imports */

export { engineNames, type EngineName } from './engine-names';

/** The openai or hybrid engine was asked for without an API key. */
export class EngineConfigError extends Error {
  readonly code = 'ENGINE_CONFIG_INVALID';
  constructor(readonly engine: EngineName) {
    super(
      `OPENAI_API_KEY is required for the ${engine} engine (any non-empty value for a local server such as Ollama); or use the local engine`,
    );
    this.name = 'EngineConfigError';
  }
}

export interface CreateEngineDeps {
  clock: Clock;
  logger: Logger;
  /** The shared answer cache, single-flight lock and daily token ledger (RedisEngineStores); without them they live in this process. */
  stores?: EngineStores;
  /** The app's prom-client registry, so /metrics shows token counts. */
  registry?: Registry;
  /** An SDK client to use instead of one built from config (tests point one at a fake server). */
  client?: OpenAI;
  /** The local engine to use (alone or as the model engines' candidate finder); default: in this thread. */
  local?: BriefEngine;
  /** Extra engine tuning (timeouts of the lock, budgets), mostly for tests. */
  tuning?: Pick<ModelEngineDeps, 'articleTokenBudget' | 'cacheTtlSeconds' | 'lockTtlMs' | 'pollMs'>;
}

/**
 * The brief engine named by `engine` (default BRIEF_ENGINE): `local` needs nothing; `openai` and `hybrid`
 * need OPENAI_API_KEY and use Redis when given one, so every worker shares one answer per article.
 */
export function createEngine(
  config: Config,
  deps: CreateEngineDeps,
  engine: EngineName = config.BRIEF_ENGINE,
): BriefEngine {
  const local = deps.local ?? new (localEngine().LocalEngine)({ clock: deps.clock });
  if (engine === 'local') return local;
  if (config.OPENAI_API_KEY === undefined && deps.client === undefined) throw new EngineConfigError(engine);
  const { MemoryEngineStores, createOpenAIClient, OpenAIEngine, HybridEngine } = modelModules();
  const stores = deps.stores ?? new MemoryEngineStores();
  const modelDeps: ModelEngineDeps = {
    client: deps.client ?? createOpenAIClient(config),
    model: config.OPENAI_MODEL,
    local,
    cache: stores,
    lock: stores,
    ledger: stores,
    clock: deps.clock,
    logger: deps.logger,
    dailyTokenBudget: config.OPENAI_DAILY_TOKEN_BUDGET,
    // Long enough for the slowest legitimate call: each try may take the whole timeout.
    lockTtlMs: config.OPENAI_TIMEOUT_MS * 6 + 5_000,
    ...(deps.registry ? { registry: deps.registry } : {}),
    ...deps.tuning,
  };
  return engine === 'openai' ? new OpenAIEngine(modelDeps) : new HybridEngine(modelDeps);
}
