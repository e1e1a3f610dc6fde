import type { RequesterNotifier } from '../../src/briefing/requester-notifier';
import type { Destination } from '../../src/core/destination';

/** A RequesterNotifier that records what each requester would have been told. */
export class RecordingRequesterNotifier implements RequesterNotifier {
  readonly told: { destination: Destination; text: string }[] = [];

  async notify(destination: Destination, text: string): Promise<void> {
    this.told.push({ destination, text });
  }
}
