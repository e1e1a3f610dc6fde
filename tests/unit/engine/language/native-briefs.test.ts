import { briefFixtureSet } from '../quality/fixture-briefs';

/**
 * The French, German and Spanish fixture articles (written before the rules, news style: relative dates,
 * titles, parties, particles) briefed natively: dates with verbatim quotes, names without titles.
 */
describe.each(['de', 'fr', 'es'])('a news article in %s', (lang) => {
  const set = briefFixtureSet(`corpus/${lang}`);

  it.each([...set.keys()])('%s: is read in its language, with its scheduled dates and their quotes', (id) => {
    const { raw, gold, brief } = set.get(id)!;
    expect(brief.lang).toBe(lang);
    expect(brief.warnings ?? []).toEqual([]);
    const optional = new Set((gold.next_optional ?? []).map((n) => n.date));
    const found = [...new Set(brief.next.map((n) => n.date))].filter((d) => !optional.has(d));
    expect(found.sort()).toEqual([...new Set(gold.next.map((n) => n.date))].sort());
    for (const item of brief.next) expect(raw).toContain(item.quote);
  });

  it.each([...set.keys()])(
    '%s: names its people without their titles, and its `what` in its own words',
    (id) => {
      const { raw, gold, brief } = set.get(id)!;
      const people = brief.who.filter((w) => w.kind === 'person').map((p) => p.name);
      const found = (gold.who ?? []).filter((name) => people.includes(name));
      expect(found.length).toBeGreaterThanOrEqual(Math.ceil((gold.who ?? []).length * 0.6));
      for (const name of people)
        expect(name).not.toMatch(/^(?:\p{Ll}|Bundeskanzler|Ministerpräsident|La ministre|El presidente)/u);
      expect(brief.what.length).toBeGreaterThan(40);
      // The summary is sentences of the article itself, starting where one of its sentences starts.
      expect(raw).toContain(brief.what.slice(0, 60));
    },
  );
});
