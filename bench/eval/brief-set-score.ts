import type { Brief } from '../../src/engine/brief';
import { emptyScore, f1, orgMatches, personMatches, scoreSet, type SetScore } from './who-scores';

/** A gold brief as the eval sets write it (corpus `ID.json`, fixtures `ID.gold.json`). */
export interface GoldBrief {
  published: string;
  lang?: string;
  who?: string[];
  who_optional?: string[];
  orgs?: string[];
  orgs_optional?: string[];
  next?: Array<{ date: string }>;
  next_optional?: Array<{ date: string }>;
}

/** One briefed article of a set, with its gold. */
export interface ScoredBrief {
  id: string;
  gold: GoldBrief;
  brief: Brief;
}

/** Next-date counts over a set (dates compared as sets per article). */
export interface DateCounts {
  tp: number;
  fp: number;
  fn: number;
  lines: string[];
}

const prf = (tp: number, fp: number, fn: number) => {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
};

/**
 * The dates a brief offers as next events: cancelled ones are reported with their status, but the gold
 * lists only events "stated as scheduled", so they are not scored.
 */
export const offeredDates = (brief: Brief): string[] => [
  ...new Set(brief.next.filter((n) => n.status !== 'cancelled').map((n) => n.date)),
];

/** Scores a set's next dates, people and organizations, and the lines that explain each miss. */
export function scoreBriefSet(items: readonly ScoredBrief[]): {
  dates: DateCounts;
  people: SetScore;
  orgs: SetScore;
} {
  const dates: DateCounts = { tp: 0, fp: 0, fn: 0, lines: [] };
  const people = emptyScore();
  const orgs = emptyScore();
  for (const { id, gold, brief } of items) {
    const got = offeredDates(brief);
    const goldDates = [...new Set((gold.next ?? []).map((n) => n.date))];
    const optional = new Set((gold.next_optional ?? []).map((n) => n.date));
    const missed = goldDates.filter((d) => !got.includes(d));
    const extra = got.filter((d) => !goldDates.includes(d) && !optional.has(d));
    dates.tp += goldDates.length - missed.length;
    dates.fn += missed.length;
    dates.fp += extra.length;
    if (missed.length + extra.length > 0)
      dates.lines.push(`  dates    ${id}: missed [${missed.join(', ')}] extra [${extra.join(', ')}]`);
    const found = (kind: string) => brief.who.filter((w) => w.kind === kind);
    scoreSet(people, gold.who ?? [], gold.who_optional ?? [], found('person'), personMatches, id);
    scoreSet(orgs, gold.orgs ?? [], gold.orgs_optional ?? [], found('organization'), orgMatches, id);
  }
  return { dates, people, orgs };
}

const fmt = (n: number): string => n.toFixed(3);

/** The figure lines of a set: next dates, people, organizations (precision, recall, F1). */
export function figureLines(score: ReturnType<typeof scoreBriefSet>, details: boolean): string[] {
  const { dates, people, orgs } = score;
  const n = prf(dates.tp, dates.fp, dates.fn);
  const p = f1(people);
  const o = f1(orgs);
  const lines: string[] = [];
  if (details) {
    for (const miss of [...people.misses, ...orgs.misses]) lines.push(`  missed   ${miss}`);
    for (const extra of [...people.extras, ...orgs.extras]) lines.push(`  extra    ${extra}`);
    lines.push(...dates.lines);
  }
  lines.push(`next dates   precision ${fmt(n.precision)} recall ${fmt(n.recall)} F1 ${fmt(n.f1)}`);
  lines.push(`people       precision ${fmt(p.precision)} recall ${fmt(p.recall)} F1 ${fmt(p.f1)}`);
  lines.push(`organizations precision ${fmt(o.precision)} recall ${fmt(o.recall)} F1 ${fmt(o.f1)}`);
  return lines;
}
