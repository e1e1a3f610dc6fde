import type { BriefMetrics } from '../../src/briefing/brief-metrics';

/** BriefMetrics that records each outcome and load error, in order. */
export class RecordingBriefMetrics implements BriefMetrics {
  readonly outcomes: ('briefed' | 'reused' | 'failed')[] = [];
  readonly loadErrors: string[] = [];

  briefOutcome(outcome: 'briefed' | 'reused' | 'failed'): void {
    this.outcomes.push(outcome);
  }

  loadError(code: string): void {
    this.loadErrors.push(code);
  }
}
