import fs from 'node:fs';
import path from 'node:path';
import { articleFromText } from '../../../../src/app/cli/load-article';
import { fixedClock } from '../../../../src/clock/clock';
import type { Brief } from '../../../../src/engine/brief';
import { LocalEngine } from '../../../../src/engine/local/local-engine';

/** The gold brief of a fixture article (the corpus format: tests/fixtures/corpus/<set>/). */
export interface GoldBrief {
  published: string;
  who?: string[];
  orgs?: string[];
  next: Array<{ date: string }>;
  next_optional?: Array<{ date: string }>;
}

export interface FixtureBrief {
  raw: string;
  gold: GoldBrief;
  brief: Brief;
}

/** Briefs every article of tests/fixtures/<folder> with the local engine at its gold publication date. */
export function briefFixtureSet(folder: string): Map<string, FixtureBrief> {
  const dir = path.join(__dirname, '../../../fixtures', folder);
  const engine = new LocalEngine({ clock: fixedClock('2000-01-01T12:00:00Z') });
  const briefs = new Map<string, FixtureBrief>();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.gold.json'))) {
    const id = file.replace(/\.gold\.json$/, '');
    const raw = fs.readFileSync(path.join(dir, `${id}.txt`), 'utf8');
    const gold = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as GoldBrief;
    briefs.set(id, {
      raw,
      gold,
      brief: engine.briefNow(articleFromText(raw), { published: gold.published }),
    });
  }
  return briefs;
}
