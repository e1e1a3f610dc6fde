import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runBriefbot } from '../../support/run-cli';

const READ_AT = '2031-01-10T12:00:00Z';

const briefbot = (args: string[], stdin = '') => runBriefbot(args, stdin, READ_AT);

interface BriefJson {
  published?: string;
  publishedSource?: string;
  warnings?: string[];
  next: { date: string; quote: string }[];
}

// No date line, no dateline: nothing says when this was written.
const UNDATED =
  'Harbour board backs dredging\n\nThe harbour board will meet again on Friday to sign the dredging contract. ' +
  'The work is due to finish by March 3, 2031, the chair said. A public hearing follows next month.';

describe('briefbot brief on a file that names no publication date', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefbot-undated-'));
    file = path.join(dir, 'harbour.txt');
    fs.writeFileSync(file, UNDATED);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  function expectDatedFromReading(brief: BriefJson): void {
    expect(brief.publishedSource).toBe('fetched');
    expect(brief.published).toBe('2031-01-10');
    expect(brief.warnings?.join(' ')).toMatch(/publication date not found/);
    // "March 3, 2031" names its year and stays; "Friday" and "next month" need the unknown publication day.
    expect(brief.next.map((n) => n.date)).toEqual(['2031-03-03']);
  }

  it('dates the brief from the day the file was read, warns, and keeps only dates with their own year', async () => {
    const run = await briefbot(['brief', file, '--json']);
    expect(run.code).toBe(0);
    expectDatedFromReading(JSON.parse(run.stdout) as BriefJson);
  });

  it('says so in the readable brief too', async () => {
    const run = await briefbot(['brief', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/publication date not found on the page/);
  });

  it('does the same for every line of --jsonl and every file of --out', async () => {
    const jsonl = await briefbot(
      ['brief', '--jsonl'],
      `${JSON.stringify({ file })}\n${JSON.stringify({ text: UNDATED })}\n`,
    );
    expect(jsonl.code).toBe(0);
    const lines = jsonl.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as BriefJson);
    expect(lines).toHaveLength(2);
    lines.forEach(expectDatedFromReading);

    const out = path.join(dir, 'out');
    const batch = await briefbot(['brief', file, file, '--out', out]);
    expect(batch.code).toBe(0);
    for (const name of fs.readdirSync(out))
      expectDatedFromReading(JSON.parse(fs.readFileSync(path.join(out, name), 'utf8')) as BriefJson);
  });

  it('keeps every date, with no warning, when --published gives the day', async () => {
    const run = await briefbot(['brief', file, '--json', '--published', '2031-01-06']);
    const brief = JSON.parse(run.stdout) as BriefJson;
    expect(brief.publishedSource).toBe('given');
    expect(brief.warnings ?? []).not.toContainEqual(expect.stringMatching(/publication date not found/));
    expect(brief.next.map((n) => n.date)).toContain('2031-01-10');
  });
});
