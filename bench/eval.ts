import fs from 'node:fs';
import path from 'node:path';
import { articleFromText } from '../src/app/cli/load-article';
import { fixedClock } from '../src/clock/clock';
import { closeExtractionPool } from '../src/extraction/extract-article';
import { briefPairs } from './eval/brief-pairs';
import { figureLines, scoreBriefSet, type GoldBrief, type ScoredBrief } from './eval/brief-set-score';
import { evalDatesDev } from './eval/dates-dev';
import { articleFromHtmlPage, htmlPageFile } from './eval/html-pages';
import { engineArg, openEvalEngine, usageLine, type ModelUsage } from './eval/eval-engine';

const fmt = (n: number): string => n.toFixed(3);
const { name: engineName, rest: argsLeft } = engineArg(process.argv.slice(2));
const engine = openEvalEngine(engineName, process.env, fixedClock('2000-01-01T12:00:00Z'));
const details = !process.argv.includes('--quiet');

/** The briefs of a folder from its hand-written text, briefed with the gold publication day. */
async function textBriefs(dir: string): Promise<ScoredBrief[]> {
  const out: ScoredBrief[] = [];
  for (const { id, textFile, goldFile } of briefPairs(dir)) {
    const gold = JSON.parse(fs.readFileSync(goldFile, 'utf8')) as GoldBrief;
    const brief = await engine.brief(articleFromText(fs.readFileSync(textFile, 'utf8')), {
      published: gold.published,
    });
    out.push({ id, gold, brief });
  }
  return out;
}

let usageBefore: ModelUsage = { calls: 0, promptTokens: 0, completionTokens: 0 };

/** The set's figures; with a model engine, also its model calls and tokens per article since the last set. */
async function printSet(title: string, items: readonly ScoredBrief[]): Promise<void> {
  console.log(`== ${title} (${items.length} articles)`);
  for (const line of figureLines(scoreBriefSet(items), details)) console.log(line);
  if (engine.name === 'local') return;
  const usage = await engine.usage();
  console.log(usageLine(usageBefore, usage, items.length));
  usageBefore = usage;
}

/** Groups items by the gold's language ("en" when it has none). */
function byLanguage(items: readonly ScoredBrief[]): Map<string, ScoredBrief[]> {
  const groups = new Map<string, ScoredBrief[]>();
  for (const item of items) {
    const lang = item.gold.lang ?? 'en';
    groups.set(lang, [...(groups.get(lang) ?? []), item]);
  }
  return groups;
}

/**
 * The real dev pages: from their hand-extracted text (all, then per language) and from their HTML (the
 * page finds its own date, as `briefbot brief page.html.gz` does), all and per language.
 */
async function evalPages(dir: string, name = dir): Promise<void> {
  const text = await textBriefs(dir);
  await printSet(`${name} text`, text);
  for (const [lang, items] of byLanguage(text)) await printSet(`${name} text [${lang}]`, items);
  const html: ScoredBrief[] = [];
  let missing = 0;
  let publishedRight = 0;
  for (const { id, gold } of text) {
    const article = await articleFromHtmlPage(htmlPageFile(dir, id));
    if (!article) {
      missing++;
      continue;
    }
    const brief = await engine.brief(article);
    if (brief.published === gold.published) publishedRight++;
    html.push({ id, gold, brief });
  }
  if (html.length === 0) {
    console.log(`== ${name} html: no pages found (${missing} missing); expected ../benchmarks/pubdate/pages`);
    return;
  }
  await printSet(`${name} html`, html);
  console.log(`published    right ${publishedRight}/${html.length}`);
  for (const [lang, items] of byLanguage(html)) await printSet(`${name} html [${lang}]`, items);
}

/** The set folders of tests/fixtures/corpus: every folder holding ID.txt + ID.gold.json pairs (any new set too). */
function fixtureSets(): string[] {
  const root = path.join('tests', 'fixtures', 'corpus');
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => path.join(root, d.name))
    .filter((dir) => briefPairs(dir).length > 0)
    .sort();
}

/** The set's name and its first-run figures, from its first gold file ("set", "firstRun"). */
function setInfo(dir: string, goldFile: string): { name: string; firstRun?: string } {
  const gold = JSON.parse(fs.readFileSync(goldFile, 'utf8')) as GoldBrief & {
    set?: string;
    firstRun?: Record<string, unknown>;
  };
  if (!gold.set) return { name: dir };
  const figures = Object.entries(gold.firstRun ?? {})
    .filter(([k]) => k !== 'note')
    .map(([k, v]) => `${k} ${typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)}`)
    .join(', ');
  const note = gold.firstRun?.note;
  const firstRun = [figures, typeof note === 'string' ? note : ''].filter(Boolean).join('; ');
  return { name: `${gold.set} (${dir})`, ...(firstRun ? { firstRun } : {}) };
}

/**
 * `npm run eval -- DIR [DIR...] [--quiet] [--engine local|openai|hybrid]`: scores the engine (default local) on
 * each folder, each folder's figures apart; a model engine (OPENAI_BASE_URL, OPENAI_API_KEY, OPENAI_MODEL) also
 * prints its model calls and tokens per article. A corpus folder holds briefs/ (ID.txt + ID.json) and dates-dev.jsonl; a pages folder (gold with
 * `lang`, HTML in ../benchmarks/pubdate/pages) is scored from its text per language and from its HTML;
 * any other folder is read as ID.txt + ID.gold.json (the sets in tests/fixtures/corpus/<set>/).
 * Without folders: the shared corpus, its pages and every set of tests/fixtures/corpus.
 */
async function main(args: string[]): Promise<void> {
  const corpus = path.join('..', 'shared', 'corpus');
  const dirs = args.length > 0 ? args : [corpus, path.join(corpus, 'pages'), ...fixtureSets()];
  for (const dir of dirs) {
    const corpusBriefs = path.join(dir, 'briefs');
    const briefsDir = fs.existsSync(corpusBriefs) ? corpusBriefs : dir;
    if (!fs.existsSync(briefsDir) || briefPairs(briefsDir).length === 0) {
      process.stderr.write(
        `eval: no articles with gold briefs in ${dir}; pass the corpus folder, e.g. npm run eval -- ../shared/corpus\n`,
      );
      process.exitCode = 1;
      continue;
    }
    const first = briefPairs(briefsDir)[0]!;
    const set = setInfo(dir, first.goldFile);
    if (set.firstRun) console.log(`== ${set.name} first run: ${set.firstRun}`);
    const isPages = (JSON.parse(fs.readFileSync(first.goldFile, 'utf8')) as GoldBrief).lang !== undefined;
    if (isPages) {
      await evalPages(briefsDir, set.name);
      continue;
    }
    await printSet(set.name, await textBriefs(briefsDir));
    const devFile = path.join(dir, 'dates-dev.jsonl');
    if (briefsDir === corpusBriefs) {
      const dates = fs.existsSync(devFile) ? evalDatesDev(devFile) : undefined;
      console.log(
        dates
          ? `date values  accuracy ${fmt(dates.accuracy)} (${dates.correct}/${dates.total})`
          : 'date values  accuracy n/a (no dates-dev.jsonl)',
      );
    }
  }
  await closeExtractionPool();
}

void main(argsLeft.filter((a) => !a.startsWith('--')));
