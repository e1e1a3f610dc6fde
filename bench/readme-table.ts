import type { BenchFigure } from './bench-figure';

/** A figure as bench/results.json keeps it: with the day and machine load it was measured at. */
export interface KeptFigure extends BenchFigure {
  measuredAt: string;
}

export const README_BEGIN =
  '<!-- bench:begin (written by `npm run bench`; edit bench/readme-table.ts, not this table) -->';
export const README_END = '<!-- bench:end -->';

/**
 * The figures of this run merged over the ones kept from earlier runs: a partial run (`--only=cli`)
 * replaces its own figures and keeps the rest, each with the day it was measured.
 */
export function mergeFigures(
  kept: readonly KeptFigure[],
  fresh: readonly BenchFigure[],
  measuredAt: string,
): KeptFigure[] {
  const freshIds = new Set(fresh.map((f) => f.id));
  return [...kept.filter((f) => !freshIds.has(f.id)), ...fresh.map((f) => ({ ...f, measuredAt }))];
}

const number = (x: number, unit: string): string =>
  Number.isFinite(x) ? `${x < 10 ? x.toFixed(2) : x.toFixed(1)} ${unit}` : '—';
const cell = (text: string): string => text.replace(/\|/g, '\\|');

/** The README's speed table: one row per figure, its baseline from the same run, the ratio, when and at what load. */
export function renderSpeedTable(figures: readonly KeptFigure[]): string {
  const rows = figures.map((f) => {
    const load = typeof f.details?.loadavg1m === 'string' ? `, load ${f.details.loadavg1m}` : '';
    return `| ${cell(f.label)} | ${number(f.value, f.unit)} | ${cell(f.baselineLabel)}: ${number(f.baseline, f.unit)} | ×${f.ratio.toFixed(2)} | ${f.measuredAt.slice(0, 10)}${load} |`;
  });
  return [
    '| figure | briefbot | baseline (same run) | ratio | measured |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/** `readme` with the text between the bench markers replaced by `table`; unchanged when the markers are missing. */
export function withSpeedTable(readme: string, table: string): string {
  const begin = readme.indexOf(README_BEGIN);
  const end = readme.indexOf(README_END);
  if (begin < 0 || end < begin) return readme;
  return `${readme.slice(0, begin + README_BEGIN.length)}\n${table}\n${readme.slice(end)}`;
}
