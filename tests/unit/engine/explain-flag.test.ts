import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { main } from '../../../src/app/cli/main';
import { fixedClock } from '../../../src/clock/clock';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  const code = await main(['node', 'briefbot', ...args], {
    stdout,
    stderr,
    stdin: Readable.from(['']),
    clock: fixedClock('2024-04-10T09:00:00Z'),
    env: {},
  });
  return { code, out, err };
}

const ARTICLE = [
  'Council reschedules budget vote',
  '',
  'The council met on Tuesday. The budget vote, which had been scheduled for May 20, has been postponed to June 4.',
  'A charity gala planned for May 24 has been called off. The market opens every Saturday.',
].join('\n');

describe('--explain', () => {
  it('brief --explain says for every dated mention its value, verdict, rule and outcome', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefbot-explain-'));
    const file = path.join(dir, 'council.txt');
    fs.writeFileSync(file, ARTICLE);
    const { code, out } = await run(['brief', file, '--published', '2024-04-10', '--explain']);
    expect(code).toBe(0);
    expect(out).toMatch(/"Tuesday" → 2024-04-09 {2}past \(told-in-past\) {2}dropped/);
    expect(out).toMatch(/"May 20" → 2024-05-20 {2}not-an-event \(superseded-plan\) {2}dropped/);
    expect(out).toMatch(/"June 4" → 2024-06-04 {2}upcoming \(scheduled\) {2}kept, moved from 2024-05-20/);
    expect(out).toMatch(/"May 24" → 2024-05-24 {2}not-an-event \(superseded-plan\) {2}kept, cancelled/);
    expect(out).toMatch(/"Saturday" → \S+ {2}not-an-event \(recurring\) {2}dropped/);
  });

  it('brief --json --explain keeps stdout one brief and explains on stderr', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefbot-explain-'));
    const file = path.join(dir, 'council.txt');
    fs.writeFileSync(file, ARTICLE);
    const { code, out, err } = await run(['brief', file, '--published', '2024-04-10', '--json', '--explain']);
    expect(code).toBe(0);
    const brief = JSON.parse(out) as { next: Array<{ date: string; status: string; previous?: string }> };
    expect(brief.next).toEqual([
      expect.objectContaining({ date: '2024-05-24', status: 'cancelled' }),
      expect.objectContaining({ date: '2024-06-04', status: 'moved', previous: '2024-05-20' }),
    ]);
    expect(err).toMatch(/"June 4" → 2024-06-04/);
  });

  it('dates --explain adds the verdicts to the list of dates', async () => {
    const text = 'Talks open on May 3. Come back tomorrow for more.';
    const { code, out } = await run(['dates', text, '--reference', '2024-04-10', '--explain']);
    expect(code).toBe(0);
    expect(out).toMatch(/"May 3" → 2024-05-03 {2}upcoming \(scheduled\) {2}kept/);
    expect(out).toMatch(/"tomorrow" → 2024-04-11 {2}not-an-event \(rhetorical-day\) {2}dropped/);
  });

  it('refuses --explain with another engine, saying why', async () => {
    const { code, err } = await run(['brief', '-', '--engine', 'openai', '--explain']);
    expect(code).not.toBe(0);
    expect(err).toMatch(/--explain shows the local engine's rules/);
  });
});
