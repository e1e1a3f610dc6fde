import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { main } from '../../../../src/app/cli/main';
import { fixedClock } from '../../../../src/clock/clock';

async function run(args: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  const code = await main(['node', 'briefbot', ...args], {
    stdout,
    stderr,
    stdin: Readable.from([stdin]),
    clock: fixedClock('2022-01-05T09:00:00Z'),
    env: {},
  });
  return { code, out, err };
}

describe('briefbot dates', () => {
  it('prints the dates of a text as JSON', async () => {
    const text = 'Talks open on January 10 after the call on Thursday, December 30.';
    const { code, out } = await run(['dates', text, '--reference', '2021-12-31', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({
      dates: [
        { text: 'January 10', index: text.indexOf('January'), date: '2022-01-10' },
        { text: 'Thursday, December 30', index: text.indexOf('Thursday'), date: '2021-12-30' },
      ],
    });
  });

  it('reads a file and prints a readable list', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefbot-dates-'));
    const file = path.join(dir, 'note.txt');
    fs.writeFileSync(file, 'The port reopens next month, officials said on Monday.');
    try {
      const { code, out } = await run(['dates', file, '--reference', '2022-01-05']);
      expect(code).toBe(0);
      expect(out).toContain('2022-02');
      expect(out).toContain('2022-01-03');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers each --jsonl line on its own line, with an error for a bad one', async () => {
    const input = [
      JSON.stringify({ reference: '2013-12-10', text: 'The chief executive will stand down on January 15.' }),
      'not json',
      JSON.stringify({ reference: '31/12/2021', text: 'on Monday' }),
      JSON.stringify({ reference: '2021-12-31', text: 'No dates here.' }),
    ].join('\n');
    const { code, out } = await run(['dates', '--jsonl'], `${input}\n`);
    expect(code).toBe(0);
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { dates: unknown[]; error?: string });
    expect(lines).toHaveLength(4);
    expect(lines[0]).toEqual({ dates: [{ text: 'January 15', index: 39, date: '2014-01-15' }] });
    expect(lines[1]!.dates).toEqual([]);
    expect(lines[1]!.error).toMatch(/not JSON/);
    expect(lines[2]!.error).toMatch(/reference/);
    expect(lines[3]).toEqual({ dates: [] });
  });

  it('refuses a reference that is not a day, with a message', async () => {
    const { code, err } = await run(['dates', 'on Monday', '--reference', 'tomorrow']);
    expect(code).toBe(1);
    expect(err).toMatch(/--reference must be a calendar day/);
  });

  it('uses today as the reference when none is given', async () => {
    const { out } = await run(['dates', 'The board met yesterday.', '--json']);
    expect(JSON.parse(out)).toEqual({ dates: [{ text: 'yesterday', index: 14, date: '2022-01-04' }] });
  });
});
