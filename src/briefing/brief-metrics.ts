/** Counters the brief service reports to; src/http/service-metrics.ts implements it with prom-client. */
export interface BriefMetrics {
  briefOutcome(outcome: 'briefed' | 'reused' | 'failed'): void;
  loadError(code: string): void;
}
