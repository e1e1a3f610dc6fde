import fs from 'node:fs';
import path from 'node:path';
import { articleFromText } from '../src/app/cli/load-article';
import { fixedClock } from '../src/clock/clock';
import { LocalEngine } from '../src/engine/local/local-engine';
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

/**
 * `npm run eval -- DIR`: scores the local engine against a corpus (DIR/briefs/*.txt + *.json and
 * DIR/dates-dev.jsonl). The last four lines are the headline figures.
 */
function main(dir: string): void {
  const briefsDir = path.join(dir, 'briefs');
  if (!fs.existsSync(briefsDir)) {
    process.stderr.write(
      `eval: no briefs/ folder in ${dir}; pass the corpus folder, e.g. npm run eval -- ../shared/corpus\n`,
    );
    process.exitCode = 1;
    return;
  }
  const engine = new LocalEngine({ clock: fixedClock('2000-01-01T12:00:00Z') });
  const people = emptyScore();
  const orgs = emptyScore();
  for (const file of fs
    .readdirSync(briefsDir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const id = file.replace(/\.json$/, '');
    const textFile = path.join(briefsDir, `${id}.txt`);
    if (!fs.existsSync(textFile)) continue;
    const gold = JSON.parse(fs.readFileSync(path.join(briefsDir, file), 'utf8')) as GoldBrief;
    const brief = engine.briefNow(articleFromText(fs.readFileSync(textFile, 'utf8')), {
      published: gold.published,
    });
    scoreSet(
      people,
      gold.who ?? [],
      gold.who_optional ?? [],
      brief.who.filter((w) => w.kind === 'person'),
      personMatches,
      id,
    );
    scoreSet(
      orgs,
      gold.orgs ?? [],
      gold.orgs_optional ?? [],
      brief.who.filter((w) => w.kind === 'organization'),
      orgMatches,
      id,
    );
  }
  for (const miss of [...people.misses, ...orgs.misses]) console.log(`  missed   ${miss}`);
  for (const extra of [...people.extras, ...orgs.extras]) console.log(`  extra    ${extra}`);

  const next = evalNextDates(briefsDir);
  const devFile = path.join(dir, 'dates-dev.jsonl');
  const dates = fs.existsSync(devFile) ? evalDatesDev(devFile) : undefined;
  const p = f1(people);
  const o = f1(orgs);
  console.log(`next dates   precision ${fmt(next.precision)} recall ${fmt(next.recall)} F1 ${fmt(next.f1)}`);
  console.log(`people       precision ${fmt(p.precision)} recall ${fmt(p.recall)} F1 ${fmt(p.f1)}`);
  console.log(`organizations precision ${fmt(o.precision)} recall ${fmt(o.recall)} F1 ${fmt(o.f1)}`);
  console.log(
    dates
      ? `date values  accuracy ${fmt(dates.accuracy)} (${dates.correct}/${dates.total})`
      : 'date values  accuracy n/a (no dates-dev.jsonl)',
  );
}

main(process.argv[2] ?? path.join('..', 'shared', 'corpus'));
