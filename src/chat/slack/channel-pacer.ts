/**
 * Spaces posts to one channel at least `gapMs` apart (Slack allows about one message per second
 * per channel), and runs them one at a time so their order is kept. Per process: several workers
 * each keep their own pace, and Slack's 429 answers cover the rest.
 */
export class ChannelPacer {
  private readonly tails = new Map<string, Promise<void>>();
  private readonly lastAt = new Map<string, number>();

  constructor(
    private readonly gapMs: number,
    private readonly deps: { now: () => number; sleep: (ms: number) => Promise<void> },
  ) {}

  async run<T>(channel: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(channel) ?? Promise.resolve();
    let release: () => void = () => undefined;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => mine);
    this.tails.set(channel, tail);
    await previous;
    try {
      const wait = (this.lastAt.get(channel) ?? Number.NEGATIVE_INFINITY) + this.gapMs - this.deps.now();
      if (wait > 0) await this.deps.sleep(wait);
      return await task();
    } finally {
      this.lastAt.set(channel, this.deps.now());
      release();
      if (this.tails.get(channel) === tail) this.tails.delete(channel);
      if (this.lastAt.size > 1000) this.forgetIdleChannels();
    }
  }

  /** Channels not posted to for longer than the gap need no memory. */
  private forgetIdleChannels(): void {
    const now = this.deps.now();
    for (const [channel, at] of this.lastAt) if (now - at > this.gapMs) this.lastAt.delete(channel);
  }
}
