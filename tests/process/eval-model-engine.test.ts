import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { FakeOpenAIServer } from '../fakes/fake-openai-server';
import { correctPortAnswer } from '../fixtures/openai/port-strike-article';

const root = path.join(__dirname, '..', '..');
let fake: FakeOpenAIServer;

beforeAll(async () => {
  fake = await FakeOpenAIServer.start();
  // Every article gets the same answer: its quotes are not in the other articles, so those dates are dropped.
  fake.fallback = { kind: 'json', content: correctPortAnswer, usage: { prompt: 1000, completion: 100 } };
});
afterAll(() => fake.close());

/** `npm run eval -- …` as a user runs it (the built dist/bench/eval.js), against the fake server. */
async function evalRun(...args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [path.join(root, 'dist', 'bench', 'eval.js'), ...args],
    {
      cwd: root,
      env: {
        ...process.env,
        OPENAI_API_KEY: 'sk-test-fake',
        OPENAI_BASE_URL: fake.baseURL,
        OPENAI_MODEL: 'fake-model',
        LOG_LEVEL: 'silent',
      },
    },
  );
  return stdout;
}

describe('npm run eval -- --engine', () => {
  it('scores the corpus through the openai engine at OPENAI_BASE_URL, with calls and tokens per article', async () => {
    const before = fake.calls;
    const out = await evalRun('tests/fixtures/corpus/heldout-organisations', '--engine', 'openai', '--quiet');
    expect(out).toMatch(
      /^== heldout-organisations \(tests\/fixtures\/corpus\/heldout-organisations\) \(10 articles\)$/m,
    );
    expect(out).toMatch(/^next dates +precision [\d.]+ recall [\d.]+ F1 [\d.]+$/m);
    expect(out).toMatch(/^people +precision [\d.]+ recall [\d.]+ F1 [\d.]+$/m);
    expect(out).toContain(
      'model        calls/article 1.00  tokens/article 1100 (prompt 1000 + completion 100)',
    );
    expect(fake.calls - before).toBe(10);
    expect(fake.requests.at(-1)?.body.model).toBe('fake-model');
  });

  it('runs the hybrid engine with --engine=hybrid, and the local engine spends no model calls', async () => {
    const hybrid = await evalRun('tests/fixtures/corpus/heldout-organisations', '--engine=hybrid', '--quiet');
    expect(hybrid).toMatch(/^model +calls\/article 1\.00 /m);
    const before = fake.calls;
    const local = await evalRun('tests/fixtures/corpus/heldout-organisations', '--quiet');
    expect(local).toMatch(
      /^== heldout-organisations \(tests\/fixtures\/corpus\/heldout-organisations\) \(10 articles\)$/m,
    );
    expect(local).not.toContain('calls/article');
    expect(fake.calls).toBe(before);
  });
});
