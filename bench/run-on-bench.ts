import { fixedClock } from '../src/clock/clock';
import { LocalEngine } from '../src/engine/local/local-engine';
import { figure, type BenchFigure } from './bench-figure';
import { runOnSentence } from './engine-run-on';
import { median, timeMs } from './percentile';

/**
 * (1c) The worst case for any stage that scans between mentions: one 50,000-character sentence full of dates,
 * against the same words cut into ordinary sentences (a full stop after every clause). A run-on sentence is
 * read for dates only (ADR 018), so it should cost no more than ordinary text of its length.
 */
export async function runOnBench(runs = 3): Promise<BenchFigure> {
  const engine = new LocalEngine({ clock: fixedClock('2024-01-02T09:00:00Z') });
  const runOn = runOnSentence(50_000);
  const ordinary = runOn.replace(/, and the hearing/g, '. The hearing');
  const brief = (text: string) => engine.briefNow({ title: 'Run-on', text }, { published: '2024-01-02' });
  brief(runOn); // warm-up: lexicons and JIT
  brief(ordinary);
  const runOnMs: number[] = [];
  const ordinaryMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    runOnMs.push(await timeMs(() => brief(runOn)));
    ordinaryMs.push(await timeMs(() => brief(ordinary)));
  }
  return figure({
    id: 'engine.run_on_ms',
    label: '50,000-character run-on sentence → brief, median',
    unit: 'ms',
    value: median(runOnMs),
    baselineLabel: 'the same words as ordinary sentences',
    baseline: median(ordinaryMs),
    details: { chars: runOn.length, runs },
  });
}
