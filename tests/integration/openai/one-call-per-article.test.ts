import { correctPortAnswer, portStrikeArticle } from '../../fixtures/openai/port-strike-article';
import { logsWith, startOpenAIKit, type OpenAIKit } from '../../support/openai-test-kit';

let kit: OpenAIKit;
beforeEach(async () => {
  kit = await startOpenAIKit();
});
afterEach(async () => {
  await kit.close();
});

async function counterValue(name: string, labels: Record<string, string>): Promise<number> {
  const metric = await kit.registry.getSingleMetric(name)?.get();
  return (
    metric?.values.find((v) => Object.entries(labels).every(([k, val]) => v.labels[k] === val))?.value ?? 0
  );
}

describe('one model call per article', () => {
  it('briefs the same article twice with one call; the second comes from the Redis cache', async () => {
    kit.fake.enqueue({ kind: 'json', content: correctPortAnswer, usage: { prompt: 700, completion: 150 } });
    const first = await kit.engine().brief(portStrikeArticle);
    const second = await kit.engine().brief(portStrikeArticle);
    expect(kit.fake.calls).toBe(1);
    expect(second).toEqual(first);
    expect(logsWith(kit.logs, 'model brief from cache')).toHaveLength(1);
  });

  it('makes exactly one call for 20 concurrent briefs of one article across two engines sharing Redis', async () => {
    kit.fake.enqueue({ kind: 'json', content: correctPortAnswer, delayMs: 150 });
    const [a, b] = [kit.engine(), kit.engine()];
    const briefs = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? a : b).brief(portStrikeArticle)),
    );
    expect(kit.fake.calls).toBe(1);
    expect(new Set(briefs.map((x) => x.engine))).toEqual(new Set(['openai']));
    expect(briefs.every((x) => x.next.length === 3)).toBe(true);
  });

  it('logs prompt and completion tokens per brief and counts them in the registry', async () => {
    kit.fake.enqueue({ kind: 'json', content: correctPortAnswer, usage: { prompt: 812, completion: 164 } });
    await kit.engine().brief(portStrikeArticle);
    expect(logsWith(kit.logs, 'model brief')[0]).toMatchObject({
      engine: 'openai',
      model: 'gpt-4o-mini',
      promptTokens: 812,
      completionTokens: 164,
      cached: false,
    });
    expect(await counterValue('briefbot_engine_prompt_tokens_total', { engine: 'openai' })).toBe(812);
    expect(await counterValue('briefbot_engine_completion_tokens_total', { engine: 'openai' })).toBe(164);
    expect(await counterValue('briefbot_engine_model_calls_total', { engine: 'openai', outcome: 'ok' })).toBe(
      1,
    );
  });

  it('uses the local engine once the daily token budget is spent, and says why', async () => {
    kit.fake.enqueue({ kind: 'json', content: correctPortAnswer, usage: { prompt: 900, completion: 200 } });
    const engine = kit.engine({ env: { OPENAI_DAILY_TOKEN_BUDGET: '1000' } });
    expect((await engine.brief(portStrikeArticle)).engine).toBe('openai');
    const other = await engine.brief({
      ...portStrikeArticle,
      text: `${portStrikeArticle.text}\n\nThe union will meet again on March 8.`,
    });
    expect(other.engine).toBe('local');
    expect(other.warnings?.at(-1)).toBe(
      'the daily model token budget is spent; briefed by the local engine instead',
    );
    expect(kit.fake.calls).toBe(1);
    expect(logsWith(kit.logs, 'daily model token budget spent')[0]).toMatchObject({
      spent: 1100,
      budget: 1000,
      day: '2024-03-04',
    });
    expect(
      await counterValue('briefbot_engine_fallbacks_total', { engine: 'openai', reason: 'budget' }),
    ).toBe(1);
    // An article already answered is still served from the cache.
    expect((await engine.brief(portStrikeArticle)).engine).toBe('openai');
  });
});
