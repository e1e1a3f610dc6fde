/**
 * One benchmark figure: a measured value against a baseline measured in the same run, so the
 * ratio means something on any machine, with the absolute numbers beside it for context.
 */
export interface BenchFigure {
  /** Short id, e.g. "engine.median_ms". */
  id: string;
  label: string;
  unit: string;
  value: number;
  baselineLabel: string;
  baseline: number;
  /** value / baseline. */
  ratio: number;
  /** Anything else worth keeping (sample sizes, p99s, per-worker numbers). */
  details?: Record<string, number | string>;
}

export function figure(f: Omit<BenchFigure, 'ratio'>): BenchFigure {
  return { ...f, ratio: f.baseline === 0 ? Number.NaN : f.value / f.baseline };
}
