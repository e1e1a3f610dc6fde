import type { BenchFigure } from './bench-figure';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A small SVG of the figures: one row per figure, the measured value and its baseline as two
 * bars scaled to the larger of the pair, with the absolute numbers and the ratio written beside.
 */
export function chartSvg(figures: readonly BenchFigure[], title: string): string {
  const rowH = 46;
  const barW = 360;
  const left = 330;
  const width = left + barW + 190;
  const height = 50 + figures.length * rowH;
  const rows = figures.map((f, i) => {
    const y = 44 + i * rowH;
    const top = Math.max(f.value, f.baseline, 1e-9);
    const w = (v: number) => Math.max(1, Math.round((v / top) * barW));
    const fmt = (v: number) => `${v < 10 ? v.toFixed(2) : v.toFixed(0)} ${f.unit}`;
    return [
      `<text x="8" y="${y + 13}" font-size="12">${esc(f.label)}</text>`,
      `<text x="8" y="${y + 30}" font-size="11" fill="#666">vs ${esc(f.baselineLabel)}</text>`,
      `<rect x="${left}" y="${y + 2}" width="${w(f.value)}" height="14" fill="#2b6cb0"/>`,
      `<rect x="${left}" y="${y + 20}" width="${w(f.baseline)}" height="14" fill="#a0aec0"/>`,
      `<text x="${left + barW + 8}" y="${y + 13}" font-size="11">${esc(fmt(f.value))}</text>`,
      `<text x="${left + barW + 8}" y="${y + 31}" font-size="11" fill="#666">${esc(fmt(f.baseline))} · ×${f.ratio.toFixed(2)}</text>`,
    ].join('\n');
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="8" y="22" font-size="14" font-weight="bold">${esc(title)}</text>`,
    `<text x="${left}" y="36" font-size="11" fill="#2b6cb0">measured</text><text x="${left + 70}" y="36" font-size="11" fill="#718096">baseline (same run)</text>`,
    ...rows,
    '</svg>',
    '',
  ].join('\n');
}
