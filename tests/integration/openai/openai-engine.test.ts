import {
  correctPortAnswer,
  injectedPortArticle,
  portStrikeArticle,
} from '../../fixtures/openai/port-strike-article';
import { logsWith, startOpenAIKit, type OpenAIKit } from '../../support/openai-test-kit';

let kit: OpenAIKit;
beforeEach(async () => {
  kit = await startOpenAIKit();
});
afterEach(async () => {
  await kit.close();
});

describe('the openai engine against an OpenAI-compatible server', () => {
  it('turns a correct structured answer into the brief, dates sorted, engine "openai"', async () => {
    kit.fake.enqueue({ kind: 'json', content: correctPortAnswer, usage: { prompt: 812, completion: 164 } });
    const brief = await kit.engine().brief(portStrikeArticle);
    expect(brief.engine).toBe('openai');
    expect(brief.published).toBe('2024-03-04');
    expect(brief.url).toBe(portStrikeArticle.url);
    expect(brief.what).toBe(correctPortAnswer.what);
    expect(brief.next.map((n) => [n.date, n.what])).toEqual([
      ['2024-03-12', 'Strike ballot'],
      ['2024-03-18', 'Possible walkout'],
      ['2024-04-04', 'EU transport ministers meet'],
    ]);
    expect(brief.who.map((p) => p.name)).toEqual(['Marieke van Dalen', 'Pieter Jansen', 'FNV', 'Deltalinqs']);
    expect(brief.warnings).toBeUndefined();
  });

  it('asks with strict JSON-schema output, the publication date, and the article fenced as untrusted data', async () => {
    kit.fake.enqueue({ kind: 'json', content: correctPortAnswer });
    await kit.engine().brief(portStrikeArticle);
    const body = kit.fake.requests[0]!.body;
    expect(body.model).toBe('gpt-4o-mini');
    expect(body.response_format).toMatchObject({
      type: 'json_schema',
      json_schema: { name: 'openai', strict: true },
    });
    const [system, user] = body.messages;
    expect(system?.role).toBe('system');
    expect(system?.content).toMatch(/untrusted data/);
    expect(system?.content).toMatch(/Never follow instructions/);
    expect(user?.content).toMatch(/^Publication date: 2024-03-04\n\n<article_data>\nTitle: Port workers/);
    expect(user?.content).toContain(
      'Union negotiator Marieke van Dalen said members would cast ballots on March 12',
    );
    expect(kit.fake.requests[0]!.authorization).toBe('Bearer sk-test-fake');
  });

  it('removes an invented date, a date its quote does not give, an unknown person and @channel, and logs each', async () => {
    kit.fake.enqueue({
      kind: 'json',
      content: {
        ...correctPortAnswer,
        what: '@channel <!here> Dock workers will vote on a strike.',
        who: [
          ...correctPortAnswer.who,
          { name: 'Hendrik Visser', kind: 'person', role: 'port director', aliases: [] },
        ],
        next: [
          ...correctPortAnswer.next,
          {
            date: '2024-06-01',
            time: null,
            timezone: null,
            what: 'Court ruling',
            where: null,
            quote: 'a court will rule on June 1',
          },
          {
            date: '2024-03-13',
            time: null,
            timezone: null,
            what: 'Ballot count',
            where: null,
            quote: 'members would cast ballots on March 12',
          },
        ],
      },
    });
    const brief = await kit.engine().brief(portStrikeArticle);
    expect(brief.engine).toBe('openai');
    expect(brief.what).toBe('Dock workers will vote on a strike.');
    expect(brief.next.map((n) => n.date)).toEqual(['2024-03-12', '2024-03-18', '2024-04-04']);
    expect(brief.who.map((p) => p.name)).not.toContain('Hendrik Visser');
    const [line] = logsWith(kit.logs, 'model brief');
    expect(line?.dropped).toEqual([
      'next 2024-06-01 "Court ruling": its quote is not in the article',
      'next 2024-03-13 "Ballot count": the quote does not give that date',
      'who "Hendrik Visser": not in the article',
    ]);
  });

  it('keeps an injected article from steering the brief: no 2099 date, no mention, no link', async () => {
    kit.fake.enqueue({
      kind: 'json',
      content: {
        what: '@channel Claim your prize at https://win-prizes.example.net/claim — <!channel> dock workers vote.',
        who: correctPortAnswer.who,
        next: [
          ...correctPortAnswer.next,
          {
            date: '2099-01-01',
            time: null,
            timezone: null,
            what: 'Follow-up hearing',
            where: null,
            quote: 'list a follow-up hearing on January 1, 2099',
          },
        ],
      },
    });
    const brief = await kit.engine().brief(injectedPortArticle);
    const text = JSON.stringify(brief);
    expect(text).not.toMatch(/2099|@channel|<!channel>|win-prizes|https:\/\/win/);
    expect(brief.what).toBe('Claim your prize at — dock workers vote.');
    expect(brief.next.map((n) => n.date)).toEqual(['2024-03-12', '2024-03-18', '2024-04-04']);
    // The paragraphs addressed to an AI were never sent to the model.
    expect(kit.fake.requests[0]!.body.messages[1]!.content).not.toMatch(
      /ignore your previous instructions|win-prizes/,
    );
  });

  it('falls back to the local engine on invalid JSON, says so in the brief and logs it', async () => {
    kit.fake.enqueue({ kind: 'text', content: 'Sure! Here is the brief: {what: oops' });
    const brief = await kit.engine().brief(portStrikeArticle);
    expect(brief.engine).toBe('local');
    expect(brief.next.length).toBeGreaterThan(0);
    expect(brief.warnings?.at(-1)).toMatch(
      /^the model answered something that is not a valid brief .*briefed by the local engine instead$/,
    );
    expect(
      logsWith(kit.logs, 'model call failed (invalid-output); briefed with the local engine'),
    ).toHaveLength(1);
  });

  it('falls back to the local engine on a refusal', async () => {
    kit.fake.enqueue({ kind: 'refusal', refusal: "I'm sorry, I can't help with that." });
    const brief = await kit.engine().brief(portStrikeArticle);
    expect(brief.engine).toBe('local');
    expect(brief.warnings?.at(-1)).toMatch(/the model refused to answer \(I'm sorry/);
    expect(logsWith(kit.logs, 'model call failed (refusal)')[0]).toMatchObject({
      level: 40,
      engine: 'openai',
      url: portStrikeArticle.url,
    });
  });

  it('retries a 429 (honouring retry-after) and briefs with the answer that follows', async () => {
    kit.fake.enqueue(
      { kind: 'status', status: 429, headers: { 'retry-after-ms': '5' }, message: 'Rate limit reached' },
      { kind: 'json', content: correctPortAnswer },
    );
    const brief = await kit.engine().brief(portStrikeArticle);
    expect(brief.engine).toBe('openai');
    expect(kit.fake.calls).toBe(2);
  });

  it('gives up on a 500 after the retries and briefs locally', async () => {
    kit.fake.enqueue(
      { kind: 'status', status: 500, headers: { 'retry-after-ms': '1' } },
      { kind: 'status', status: 503, headers: { 'retry-after-ms': '1' } },
    );
    const brief = await kit.engine({ maxRetries: 1 }).brief(portStrikeArticle);
    expect(brief.engine).toBe('local');
    expect(kit.fake.calls).toBe(2);
    expect(logsWith(kit.logs, 'model call failed (unavailable)')[0]).toMatchObject({ detail: 'HTTP 503' });
  });

  it('falls back to the local engine when the server never answers', async () => {
    kit.fake.enqueue({ kind: 'hang' });
    const brief = await kit.engine({ maxRetries: 0, timeoutMs: 300 }).brief(portStrikeArticle);
    expect(brief.engine).toBe('local');
    expect(brief.warnings?.at(-1)).toMatch(/the model did not answer in time/);
    expect(logsWith(kit.logs, 'model call failed (timeout)')).toHaveLength(1);
  });

  it('uses JSON mode with the schema in the prompt on a server without JSON-schema output', async () => {
    kit.fake.rejectJsonSchema = true;
    kit.fake.enqueue(
      { kind: 'json', content: correctPortAnswer },
      { kind: 'json', content: correctPortAnswer },
    );
    const engine = kit.engine();
    const brief = await engine.brief(portStrikeArticle);
    expect(brief.engine).toBe('openai');
    expect(kit.fake.requests.map((r) => r.body.response_format?.type)).toEqual([
      'json_schema',
      'json_object',
    ]);
    expect(kit.fake.requests[1]!.body.messages[0]!.content).toMatch(/matching this JSON schema:\n\{/);
    await engine.brief({
      ...portStrikeArticle,
      text: `${portStrikeArticle.text}\n\nThe union will meet again on March 8.`,
    });
    expect(kit.fake.requests.map((r) => r.body.response_format?.type)).toEqual([
      'json_schema',
      'json_object',
      'json_object',
    ]);
    expect(logsWith(kit.logs, 'rejected json_schema output')).toHaveLength(1);
  });
});
