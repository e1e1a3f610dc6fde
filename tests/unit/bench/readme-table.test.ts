import { figure } from '../../../bench/bench-figure';
import {
  README_BEGIN,
  README_END,
  mergeFigures,
  renderSpeedTable,
  withSpeedTable,
} from '../../../bench/readme-table';

const cli = (value: number) =>
  figure({
    id: 'cli.brief_cold_cpu_s',
    label: 'briefbot brief FILE.txt cold start, CPU, median',
    unit: 's',
    value,
    baselineLabel: 'node -e 0 (bare node start)',
    baseline: 0.13,
    details: { loadavg1m: '1.4→1.5' },
  });
const ack = figure({
  id: 'slash.ack_p99_ms',
  label: '/brief ack p99',
  unit: 'ms',
  value: 80,
  baselineLabel: 'GET /healthz p99',
  baseline: 40,
});

describe("the README's speed table", () => {
  it('a partial run replaces its own rows and keeps the others with the day they were measured', () => {
    const kept = mergeFigures([], [cli(1.96), ack], '2026-11-30T10:00:00Z');
    const merged = mergeFigures(kept, [cli(0.4)], '2026-12-01T12:00:00Z');
    expect(merged.map((f) => [f.id, f.value, f.measuredAt.slice(0, 10)])).toEqual([
      ['slash.ack_p99_ms', 80, '2026-11-30'],
      ['cli.brief_cold_cpu_s', 0.4, '2026-12-01'],
    ]);
  });

  it('shows each figure with its same-run baseline, the ratio and the load it was measured at', () => {
    const table = renderSpeedTable(mergeFigures([], [cli(1.96)], '2026-12-01T12:00:00Z'));
    expect(table.split('\n')[2]).toBe(
      '| briefbot brief FILE.txt cold start, CPU, median | 1.96 s | node -e 0 (bare node start): 0.13 s | ×15.08 | 2026-12-01, load 1.4→1.5 |',
    );
  });

  it('rewrites only the text between the markers, and leaves a README without them alone', () => {
    const readme = `intro\n${README_BEGIN}\nold table\n${README_END}\noutro\n`;
    const table = renderSpeedTable(mergeFigures([], [ack], '2026-12-01T00:00:00Z'));
    const out = withSpeedTable(readme, table);
    expect(out.startsWith(`intro\n${README_BEGIN}\n| figure |`)).toBe(true);
    expect(out.endsWith(`×2.00 | 2026-12-01 |\n${README_END}\noutro\n`)).toBe(true);
    expect(out).not.toContain('old table');
    expect(withSpeedTable('no markers here\n', table)).toBe('no markers here\n');
  });
});
