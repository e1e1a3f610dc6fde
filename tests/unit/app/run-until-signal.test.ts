import { EventEmitter } from 'node:events';
import { runUntilSignal } from '../../../src/app/process/run-until-signal';
import { silentLogger } from '../../../src/logging/logger';

/** A stand-in for `process`: signals are emitted by the test, exit codes recorded. */
function fakeProcess() {
  const emitter = new EventEmitter();
  const exits: number[] = [];
  return {
    emitter,
    exits,
    proc: {
      on: (event: string, listener: () => void) => emitter.on(event, listener),
      exit: (code?: number) => void exits.push(code ?? 0),
    } as unknown as Pick<NodeJS.Process, 'on' | 'exit'>,
  };
}

describe('stopping a briefbot process (serve, bot, worker)', () => {
  it('on SIGTERM closes everything once, waiting for it, and exits 0', async () => {
    const { emitter, exits, proc } = fakeProcess();
    let closes = 0;
    let release!: () => void;
    const running = {
      close: () =>
        new Promise<void>((resolve) => {
          closes++;
          release = resolve;
        }),
    };
    const code = runUntilSignal(running, silentLogger(), proc);
    emitter.emit('SIGTERM');
    // Still finishing active jobs: the exit code is not given yet.
    let settled = false;
    void code.then(() => (settled = true));
    await new Promise((r) => setImmediate(r));
    expect(settled).toBe(false);
    release();
    await expect(code).resolves.toBe(0);
    expect(closes).toBe(1);
    expect(exits).toEqual([]);
  });

  it('stops the same way on SIGINT (Ctrl-C), and a second signal exits at once with 1', async () => {
    const { emitter, exits, proc } = fakeProcess();
    let closes = 0;
    void runUntilSignal({ close: () => new Promise<void>(() => void closes++) }, silentLogger(), proc);
    emitter.emit('SIGINT');
    emitter.emit('SIGTERM');
    expect(closes).toBe(1);
    expect(exits).toEqual([1]);
  });

  it('exits 1 when shutting down fails', async () => {
    const { emitter, proc } = fakeProcess();
    const code = runUntilSignal(
      { close: () => Promise.reject(new Error('Redis gone')) },
      silentLogger(),
      proc,
    );
    emitter.emit('SIGTERM');
    await expect(code).resolves.toBe(1);
  });
});
