import fs from 'node:fs';
import path from 'node:path';
import { articleFromText } from '../src/app/cli/load-article';
import { fixedClock } from '../src/clock/clock';
import { LocalEngine } from '../src/engine/local/local-engine';
import { briefPairs } from './eval/brief-pairs';
import { evalDatesDev } from './eval/dates-dev';
import { evalNextDates } from './eval/next-dates';
import { emptyScore, f1, orgMatches, personMatches, scoreSet } from './eval/who-scores';

interface GoldBrief {
  published: string;
  who?: string[];
  who_optional?: string[];
  orgs?: string[];
  orgs_optional?: string[];
}

const fmt = (n: number): string => n.toFixed(3);
const engine = new LocalEngine({ clock: fixedClock('2000-01-01T12:00:00Z') });

/** Scores one folder of articles with gold briefs and prints its figures (the last lines). */
function evalBriefs(briefsDir: string): void {
  const people = emptyScore();
  const orgs = emptyScore();
  for (const { id, textFile, goldFile } of briefPairs(briefsDir)) {
    const gold = JSON.parse(fs.readFileSync(goldFile, 'utf8')) as GoldBrief;
    const brief = engine.briefNow(articleFromText(fs.readFileSync(textFile, 'utf8')), {
      published: gold.published,
    });
    const found = (kind: string) => brief.who.filter((w) => w.kind === kind);
    scoreSet(people, gold.who ?? [], gold.who_optional ?? [], found('person'), personMatches, id);
    scoreSet(orgs, gold.orgs ?? [], gold.orgs_optional ?? [], found('organization'), orgMatches, id);
  }
  for (const miss of [...people.misses, ...orgs.misses]) console.log(`  missed   ${miss}`);
  for (const extra of [...people.extras, ...orgs.extras]) console.log(`  extra    ${extra}`);

  const next = evalNextDates(briefsDir, (article, published) => engine.briefNow(article, { published }).next);
  for (const a of next.perArticle.filter((x) => x.missed.length + x.extra.length > 0))
    console.log(`  dates    ${a.id}: missed [${a.missed.join(', ')}] extra [${a.extra.join(', ')}]`);
  const p = f1(people);
  const o = f1(orgs);
  console.log(`next dates   precision ${fmt(next.precision)} recall ${fmt(next.recall)} F1 ${fmt(next.f1)}`);
  console.log(`people       precision ${fmt(p.precision)} recall ${fmt(p.recall)} F1 ${fmt(p.f1)}`);
  console.log(`organizations precision ${fmt(o.precision)} recall ${fmt(o.recall)} F1 ${fmt(o.f1)}`);
}

/**
 * `npm run eval -- DIR [DIR...]`: scores the local engine on each folder. A corpus folder holds briefs/
 * (ID.txt + ID.json) and dates-dev.jsonl; any other folder is read as ID.txt + ID.gold.json (the held-out
 * set in tests/fixtures/articles). Each folder's figures are printed apart, headline lines last.
 */
function main(dirs: string[]): void {
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
    console.log(`== ${dir} (${briefPairs(briefsDir).length} articles)`);
    evalBriefs(briefsDir);
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
}

main(process.argv.length > 2 ? process.argv.slice(2) : [path.join('..', 'shared', 'corpus')]);
