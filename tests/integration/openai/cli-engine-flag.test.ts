import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { main } from '../../../src/app/cli/main';
import { fixedClock } from '../../../src/clock/clock';
import { FakeOpenAIServer } from '../../fakes/fake-openai-server';
import { correctPortAnswer, portStrikeArticle } from '../../fixtures/openai/port-strike-article';
import { testRedisUrl, uniquePrefix } from '../../support/redis';
import { freePort } from '../../support/redis-server';
import { deletePrefix } from '../../support/test-service';

let fake: FakeOpenAIServer;
let dir: string;
let file: string;

beforeAll(async () => {
  fake = await FakeOpenAIServer.start();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefbot-openai-cli-'));
  file = path.join(dir, 'port.txt');
  fs.writeFileSync(file, `${portStrikeArticle.title}\n\n${portStrikeArticle.text}\n`);
});
afterAll(async () => {
  await fake.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function run(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  const code = await main(['node', 'briefbot', ...args], {
    stdout,
    stderr,
    stdin: new PassThrough(),
    clock: fixedClock('2024-03-04T12:00:00Z'),
    env,
  });
  return { code, stdout: out, stderr: err };
}

describe('briefbot brief --engine', () => {
  const prefix = uniquePrefix('cli-engine');
  afterAll(() => deletePrefix(testRedisUrl(), prefix));
  const modelEnv = (extra: Record<string, string> = {}) => ({
    OPENAI_API_KEY: 'sk-test-fake',
    OPENAI_BASE_URL: fake.baseURL,
    LOG_LEVEL: 'silent',
    REDIS_URL: testRedisUrl(),
    BRIEFBOT_PREFIX: prefix,
    ...extra,
  });

  it('briefs with the openai engine at OPENAI_BASE_URL', async () => {
    fake.enqueue({ kind: 'json', content: correctPortAnswer });
    const r = await run(
      ['brief', file, '--published', '2024-03-04', '--json', '--engine', 'openai'],
      modelEnv(),
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const brief = JSON.parse(r.stdout) as { engine: string; next: Array<{ date: string }> };
    expect(brief.engine).toBe('openai');
    expect(brief.next.map((n) => n.date)).toEqual(['2024-03-12', '2024-03-18', '2024-04-04']);
  });

  it('shares the worker’s answer cache in Redis: the same article briefed again calls the model no more', async () => {
    const calls = fake.requests.length;
    const again = await run(
      ['brief', file, '--published', '2024-03-04', '--json', '--engine', 'openai'],
      modelEnv(),
    );
    expect(again.code).toBe(0);
    expect((JSON.parse(again.stdout) as { next: Array<{ date: string }> }).next.map((n) => n.date)).toEqual([
      '2024-03-12',
      '2024-03-18',
      '2024-04-04',
    ]);
    expect(fake.requests.length).toBe(calls);
  });

  it('works without Redis, caching for the run only, and says so on stderr', async () => {
    fake.enqueue({ kind: 'json', content: correctPortAnswer });
    const calls = fake.requests.length;
    const r = await run(
      ['brief', file, '--published', '2024-03-04', '--json', '--engine', 'openai'],
      modelEnv({ REDIS_URL: `redis://127.0.0.1:${await freePort()}` }),
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /note: no Redis at redis:\/\/127\.0\.0\.1:\d+; model answers are cached for this run only/,
    );
    expect(fake.requests.length).toBe(calls + 1);
  });

  it('says OPENAI_API_KEY is needed for --engine hybrid without a key', async () => {
    const r = await run(['brief', file, '--engine', 'hybrid'], { LOG_LEVEL: 'silent' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/OPENAI_API_KEY is required when BRIEF_ENGINE=hybrid/);
  });

  it('rejects an unknown engine name', async () => {
    const r = await run(['brief', file, '--engine', 'gpt'], {});
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/Allowed choices are local, openai, hybrid/);
  });
});
