import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runBriefbot } from '../../support/run-cli';

const briefbot = (args: string[], stdin = '') => runBriefbot(args, stdin);

const councilVote =
  'Council sets budget vote\n\nThe city council will vote on the budget on March 3, 2031, its chair said.';
const stadiumPlan =
  'Stadium plan goes to referendum\n\nVoters will decide on the stadium plan in a referendum on May 18, 2031.';

describe('briefbot brief in batch', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefbot-batch-'));
    fs.writeFileSync(path.join(dir, 'council-vote.txt'), councilVote);
    fs.writeFileSync(
      path.join(dir, 'stadium.html'),
      `<!doctype html><html><head><title>Stadium plan goes to referendum</title></head><body><article><h1>Stadium plan goes to referendum</h1><p>${stadiumPlan.split('\n\n')[1]} The mayor backs the plan and says the referendum settles the question for a decade.</p></article></body></html>`,
    );
    fs.writeFileSync(path.join(dir, 'empty.txt'), '');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes DIR/<name>.json per input, names without .txt/.html, and goes on past a bad input', async () => {
    const out = path.join(dir, 'out');
    const inputs = ['council-vote.txt', 'empty.txt', 'stadium.html'].map((f) => path.join(dir, f));
    const run = await briefbot(['brief', ...inputs, '--out', out, '--published', '2031-01-05']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/empty\.txt is empty: nothing to brief/);
    expect(fs.readdirSync(out).sort()).toEqual(['council-vote.json', 'stadium.json']);
    const council = JSON.parse(fs.readFileSync(path.join(out, 'council-vote.json'), 'utf8')) as {
      next: { date: string }[];
    };
    expect(council.next.map((n) => n.date)).toEqual(['2031-03-03']);
    const stadium = JSON.parse(fs.readFileSync(path.join(out, 'stadium.json'), 'utf8')) as {
      title: string;
      next: { date: string }[];
    };
    expect(stadium.title).toBe('Stadium plan goes to referendum');
    expect(stadium.next.map((n) => n.date)).toEqual(['2031-05-18']);
  });

  it('reads JSON lines on stdin and writes one brief per line, in order, with an error line for each bad one', async () => {
    const lines = [
      JSON.stringify({ text: councilVote, published: '2031-01-05' }),
      'not json',
      JSON.stringify({
        file: path.join(dir, 'stadium.html'),
        published: '2031-01-05',
        title: 'Referendum called',
      }),
      JSON.stringify({ file: path.join(dir, 'missing.txt') }),
      JSON.stringify({ url: 'ftp://example.org/story' }),
      JSON.stringify({ text: 'x', file: 'y' }),
    ];
    const run = await briefbot(['brief', '--jsonl'], `${lines.join('\n')}\n`);
    expect(run.code).toBe(1);
    const answers = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { error?: string; title?: string; next?: { date: string }[] });
    expect(answers).toHaveLength(6);
    expect(answers[0]?.next?.map((n) => n.date)).toEqual(['2031-03-03']);
    expect(answers[1]?.error).toMatch(/line 2 is not JSON/);
    expect(answers[2]?.title).toBe('Referendum called');
    expect(answers[2]?.next?.map((n) => n.date)).toEqual(['2031-05-18']);
    expect(answers[3]?.error).toMatch(/no such file/);
    expect(answers[4]?.error).toMatch(/http\(s\)/);
    expect(answers[5]?.error).toMatch(/exactly one of "file", "url" or "text"/);
  });

  it('prints one brief JSON per line for several files without --out', async () => {
    const run = await briefbot([
      'brief',
      path.join(dir, 'council-vote.txt'),
      path.join(dir, 'stadium.html'),
      '--json',
      '--published',
      '2031-01-05',
    ]);
    expect(run.code).toBe(0);
    expect(
      run.stdout
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { title: string }).title),
    ).toEqual(['Council sets budget vote', 'Stadium plan goes to referendum']);
  });

  it('says what to give when there is nothing to brief', async () => {
    const run = await briefbot(['brief']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/give an article to brief/);
    expect((await briefbot(['brief', '--jsonl', 'x.txt'])).stderr).toMatch(
      /--jsonl reads its inputs from stdin/,
    );
  });
});
