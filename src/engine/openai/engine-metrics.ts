import { Counter, Registry } from 'prom-client';

/** prom-client counters of the model engines; `registry` is the app's (GET /metrics), else a private one. */
export interface EngineMetrics {
  tokens(engine: string, promptTokens: number, completionTokens: number): void;
  call(engine: string, outcome: string): void;
  fallback(engine: string, reason: string): void;
  cacheHit(engine: string): void;
  dropped(engine: string, field: string, count: number): void;
}

function counter(registry: Registry, name: string, help: string, labelNames: string[]): Counter {
  // Two engines (or two tests) may share a registry: reuse a counter already there.
  const existing = registry.getSingleMetric(name);
  if (existing) return existing as Counter;
  return new Counter({ name, help, labelNames, registers: [registry] });
}

export function createEngineMetrics(registry: Registry = new Registry()): EngineMetrics {
  const prompt = counter(registry, 'briefbot_engine_prompt_tokens_total', 'Prompt tokens sent to the model', [
    'engine',
  ]);
  const completion = counter(
    registry,
    'briefbot_engine_completion_tokens_total',
    'Completion tokens the model answered with',
    ['engine'],
  );
  const calls = counter(
    registry,
    'briefbot_engine_model_calls_total',
    'Model calls by outcome (ok or the failure reason)',
    ['engine', 'outcome'],
  );
  const fallbacks = counter(
    registry,
    'briefbot_engine_fallbacks_total',
    'Articles briefed by the local engine instead, by reason',
    ['engine', 'reason'],
  );
  const hits = counter(
    registry,
    'briefbot_engine_cache_hits_total',
    'Briefs answered from the model-answer cache',
    ['engine'],
  );
  const dropped = counter(
    registry,
    'briefbot_engine_dropped_items_total',
    'Model output items dropped by the grounding checker',
    ['engine', 'field'],
  );
  return {
    tokens: (engine, p, c) => {
      prompt.inc({ engine }, p);
      completion.inc({ engine }, c);
    },
    call: (engine, outcome) => calls.inc({ engine, outcome }),
    fallback: (engine, reason) => fallbacks.inc({ engine, reason }),
    cacheHit: (engine) => hits.inc({ engine }),
    dropped: (engine, field, count) => {
      if (count > 0) dropped.inc({ engine, field }, count);
    },
  };
}
