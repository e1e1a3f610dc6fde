import fs from 'node:fs';
import path from 'node:path';
import { articleFromText } from '../../../../src/app/cli/load-article';
import { fixedClock } from '../../../../src/clock/clock';
import { LocalEngine } from '../../../../src/engine/local/local-engine';

interface Gold {
  published: string;
  who: string[];
  next: Array<{ date: string }>;
  next_optional?: Array<{ date: string }>;
}

const dir = path.join(__dirname, '../../../fixtures/corpus/dev');
const ids = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.gold.json'))
  .map((f) => f.replace(/\.gold\.json$/, ''));
const engine = new LocalEngine({ clock: fixedClock('2000-01-01T12:00:00Z') });

describe.each(ids)('the held-out article %s', (id) => {
  const raw = fs.readFileSync(path.join(dir, `${id}.txt`), 'utf8');
  const gold = JSON.parse(fs.readFileSync(path.join(dir, `${id}.gold.json`), 'utf8')) as Gold;
  const brief = engine.briefNow(articleFromText(raw), { published: gold.published });

  it('lists every scheduled date and nothing that is not one', () => {
    const got = new Set(brief.next.map((n) => n.date));
    const allowed = new Set([...gold.next, ...(gold.next_optional ?? [])].map((n) => n.date));
    for (const item of gold.next) expect(got).toContain(item.date);
    for (const date of got) expect(allowed).toContain(date);
  });

  it('quotes the article verbatim and names places as whole words', () => {
    for (const item of brief.next) {
      expect(raw).toContain(item.quote);
      if (item.where !== null) expect(raw).toMatch(new RegExp(`${item.where}(?![\\p{L}\\p{M}])`, 'u'));
      expect(item.what.length).toBeGreaterThan(2);
    }
  });

  it('finds each person by the full name first given', () => {
    const names = brief.who.filter((w) => w.kind === 'person').map((w) => w.name);
    for (const name of gold.who)
      expect(names.some((n) => n.replace(/ "[^"]+"/, '') === name || name.endsWith(n))).toBe(true);
  });
});
