import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { articleFromText } from '../src/app/cli/load-article';
import { fixedClock } from '../src/clock/clock';
import type { Article } from '../src/engine/article';
import { LocalEngine } from '../src/engine/local/local-engine';
import { closeExtractionPool, extractArticle } from '../src/extraction/extract-article';
import { decodeBody } from '../src/fetching/charset';
import { briefPairs } from './eval/brief-pairs';
import { emptyScore, f1, orgMatches, personMatches, scoreSet, type SetScore } from './eval/who-scores';

interface GoldBrief {
  lang?: string;
  published: string;
  who?: string[];
  who_optional?: string[];
  orgs?: string[];
  orgs_optional?: string[];
  next?: Array<{ date: string }>;
  next_optional?: Array<{ date: string }>;
}

interface LangScore {
  articles: number;
  langRight: number;
  next: SetScore;
  people: SetScore;
  orgs: SetScore;
}

const engine = new LocalEngine({ clock: fixedClock('2000-01-01T12:00:00Z') });
const fmt = (n: number): string => n.toFixed(3);
const asPeople = (dates: string[]) => dates.map((d) => ({ name: d, kind: 'person' as const }));
const sameDate = (gold: string, found: { name: string }): boolean => gold === found.name;

function scoreOne(score: LangScore, id: string, gold: GoldBrief, article: Article, published?: string): void {
  const brief = engine.briefNow(article, published === undefined ? {} : { published });
  score.articles++;
  if ((brief.lang ?? 'en') === (gold.lang ?? 'en')) score.langRight++;
  const found = (kind: string) => brief.who.filter((w) => w.kind === kind);
  scoreSet(score.people, gold.who ?? [], gold.who_optional ?? [], found('person'), personMatches, id);
  scoreSet(score.orgs, gold.orgs ?? [], gold.orgs_optional ?? [], found('organization'), orgMatches, id);
  const got = asPeople([...new Set(brief.next.map((n) => n.date))]);
  const goldDates = [...new Set((gold.next ?? []).map((n) => n.date))];
  const optional = (gold.next_optional ?? []).map((n) => n.date);
  scoreSet(score.next, goldDates, optional, got, sameDate, id);
}

function print(label: string, scores: Map<string, LangScore>, verbose: boolean): void {
  for (const [lang, s] of [...scores].sort()) {
    if (verbose)
      for (const m of [...s.next.misses, ...s.people.misses, ...s.orgs.misses]) console.log(`  missed ${m}`);
    if (verbose)
      for (const m of [...s.next.extras, ...s.people.extras, ...s.orgs.extras]) console.log(`  extra  ${m}`);
    console.log(
      `${label} ${lang} (${s.articles}; lang right ${s.langRight}): next F1 ${fmt(f1(s.next).f1)}  people F1 ${fmt(f1(s.people).f1)}  orgs F1 ${fmt(f1(s.orgs).f1)}`,
    );
  }
}

const scoreFor = (map: Map<string, LangScore>, lang: string): LangScore => {
  let s = map.get(lang);
  if (!s) {
    s = { articles: 0, langRight: 0, next: emptyScore(), people: emptyScore(), orgs: emptyScore() };
    map.set(lang, s);
  }
  return s;
};

/**
 * `node dist/bench/eval-languages.js [-v] DIR...`: next-date, people and organization F1 per article
 * language (the gold's `lang`, default en). For a folder with pages of the pubdate benchmark
 * (../shared/corpus/pages) the HTML page is also briefed, with the date the page gives.
 */
async function main(args: string[]): Promise<void> {
  const verbose = args.includes('-v');
  const pagesDir = path.join('..', 'shared', 'benchmarks', 'pubdate', 'pages');
  for (const dir of args.filter((a) => a !== '-v')) {
    const text = new Map<string, LangScore>();
    const html = new Map<string, LangScore>();
    for (const { id, textFile, goldFile } of briefPairs(dir)) {
      const gold = JSON.parse(fs.readFileSync(goldFile, 'utf8')) as GoldBrief;
      const lang = gold.lang ?? 'en';
      scoreOne(
        scoreFor(text, lang),
        id,
        gold,
        articleFromText(fs.readFileSync(textFile, 'utf8')),
        gold.published,
      );
      const page = path.join(pagesDir, `${id}.html.gz`);
      if (!fs.existsSync(page)) continue;
      const body = decodeBody(zlib.gunzipSync(fs.readFileSync(page)), undefined, true).text;
      scoreOne(scoreFor(html, lang), `${id} (html)`, gold, await extractArticle(body));
    }
    console.log(`== ${dir}`);
    print('text', text, verbose);
    print('html', html, verbose);
  }
  await closeExtractionPool();
}

void main(process.argv.slice(2));
