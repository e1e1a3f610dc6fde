import { createHash } from 'node:crypto';
import type { Destination } from '../../src/core/destination';
import { IntakeError, type IntakePort, type IntakeResult } from '../../src/intake/intake-port';

/**
 * An IntakePort that records what it was given. Like the real one, the same URL to the same
 * destination is one submission ("attached" the second time), and a non-web URL is INVALID_URL.
 * `failWith` makes every submit throw that IntakeError code (e.g. QUEUE_UNAVAILABLE).
 */
export class RecordingIntake implements IntakePort {
  readonly submissions: { url: string; destination: Destination | undefined }[] = [];
  failWith: IntakeError['code'] | null = null;
  /** Every call to submit, including repeats that intake dedupes. */
  attempts = 0;
  private readonly seen = new Set<string>();
  /** Links whose brief is already stored: submitting them answers `cached`. */
  readonly stored = new Set<string>();

  async submit(url: string, destination?: Destination): Promise<IntakeResult> {
    this.attempts++;
    if (this.failWith === 'QUEUE_UNAVAILABLE')
      throw new IntakeError('Redis did not answer', 'QUEUE_UNAVAILABLE');
    let parsed: URL;
    try {
      parsed = new URL(/^www\./i.test(url) ? `https://${url}` : url);
    } catch {
      throw new IntakeError('not a web address', 'INVALID_URL');
    }
    if (this.failWith === 'INVALID_URL' || !/^https?:$/.test(parsed.protocol))
      throw new IntakeError('only http and https links can be briefed', 'INVALID_URL');
    const key = createHash('sha256').update(parsed.href).digest('hex').slice(0, 16);
    const dedupe = destination
      ? `${key}|${destination.platform}|${destination.channel}|${destination.replyTo ?? ''}`
      : key;
    if (this.stored.has(parsed.href)) return { key, url: parsed.href, status: 'cached' };
    if (this.seen.has(dedupe)) return { key, url: parsed.href, status: 'attached' };
    this.seen.add(dedupe);
    this.submissions.push({ url: parsed.href, destination });
    return { key, url: parsed.href, status: 'queued' };
  }
}
