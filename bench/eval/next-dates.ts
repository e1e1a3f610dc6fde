import fs from 'node:fs';
import { articleFromText } from '../../src/app/cli/load-article';
import type { Article } from '../../src/engine/article';
import { findNextDates } from '../../src/engine/local/dates/next-dates';
import { splitSentences } from '../../src/engine/local/sentences';
import { briefPairs } from './brief-pairs';

interface GoldBrief {
  published: string;
  next?: Array<{ date: string }>;
  next_optional?: Array<{ date: string }>;
}

export interface NextDatesScore {
  articles: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
  perArticle: Array<{ id: string; gold: string[]; got: string[]; missed: string[]; extra: string[] }>;
}

/**
 * Scores findNextDates on the briefs of a directory (ID.txt + ID.json or ID.gold.json with gold `next`): dates
 * compared as sets per article; dates in `next_optional` neither count for nor against. `nextDates` is
 * what is scored (findNextDates alone by default; the eval passes the whole engine).
 */
export function evalNextDates(
  dir: string,
  nextDates: (article: Article, published: string) => Array<{ date: string }> = (article, published) =>
    findNextDates(splitSentences(article.text), published),
): NextDatesScore {
  const score: NextDatesScore = {
    articles: 0,
    truePositives: 0,
    falsePositives: 0,
    falseNegatives: 0,
    precision: 0,
    recall: 0,
    f1: 0,
    perArticle: [],
  };
  for (const { id, textFile, goldFile } of briefPairs(dir)) {
    const gold = JSON.parse(fs.readFileSync(goldFile, 'utf8')) as GoldBrief;
    const article = articleFromText(fs.readFileSync(textFile, 'utf8'));
    const got = [...new Set(nextDates(article, gold.published).map((n) => n.date))];
    const goldDates = [...new Set((gold.next ?? []).map((n) => n.date))];
    const optional = new Set((gold.next_optional ?? []).map((n) => n.date));
    const missed = goldDates.filter((d) => !got.includes(d));
    const extra = got.filter((d) => !goldDates.includes(d) && !optional.has(d));
    score.articles++;
    score.truePositives += goldDates.length - missed.length;
    score.falseNegatives += missed.length;
    score.falsePositives += extra.length;
    score.perArticle.push({ id, gold: goldDates, got, missed, extra });
  }
  const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = score;
  score.precision = tp + fp ? tp / (tp + fp) : 1;
  score.recall = tp + fn ? tp / (tp + fn) : 1;
  score.f1 =
    score.precision + score.recall
      ? (2 * score.precision * score.recall) / (score.precision + score.recall)
      : 0;
  return score;
}

if (require.main === module) {
  const score = evalNextDates(process.argv[2] ?? '../shared/corpus/briefs');
  for (const a of score.perArticle) {
    console.log(
      `${a.id}: got [${a.got.join(', ')}]${a.missed.length ? ` missed [${a.missed.join(', ')}]` : ''}${a.extra.length ? ` extra [${a.extra.join(', ')}]` : ''}`,
    );
  }
  console.log(
    `next dates over ${score.articles} articles: P=${score.precision.toFixed(3)} R=${score.recall.toFixed(3)} F1=${score.f1.toFixed(3)} (tp ${score.truePositives}, fp ${score.falsePositives}, fn ${score.falseNegatives})`,
  );
}
