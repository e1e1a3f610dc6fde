import { PassThrough, Writable } from 'node:stream';
import { main } from '../../src/app/cli/main';
import { fixedClock } from '../../src/clock/clock';

/** Runs `briefbot ...args` in this process with `stdin` as standard input, on a clock frozen at `now`. */
export async function runBriefbot(
  args: string[],
  stdin = '',
  now = '2031-01-10T12:00:00Z',
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const sink = (append: (s: string) => void) =>
    new Writable({
      write(chunk: Buffer, _enc, done) {
        append(chunk.toString());
        done();
      },
    });
  const input = new PassThrough();
  input.end(stdin);
  const code = await main(['node', 'briefbot', ...args], {
    stdout: sink((s) => (stdout += s)),
    stderr: sink((s) => (stderr += s)),
    stdin: input,
    clock: fixedClock(new Date(now)),
    env: { LOG_LEVEL: 'silent' },
  });
  return { code, stdout, stderr };
}
