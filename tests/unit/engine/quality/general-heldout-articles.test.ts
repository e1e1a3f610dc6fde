import { articleFromText } from '../../../../src/app/cli/load-article';
import { fixedClock } from '../../../../src/clock/clock';
import type { Brief } from '../../../../src/engine/brief';
import { LocalEngine } from '../../../../src/engine/local/local-engine';
import { briefFixtureSet } from './fixture-briefs';

const engine = new LocalEngine({ clock: fixedClock('2000-01-01T12:00:00Z') });
const briefs = briefFixtureSet('corpus/heldout-general');
const brief = (id: string): Brief => briefs.get(id)!.brief;
const dates = (id: string): string[] => brief(id).next.map((n) => n.date);
const people = (id: string): string[] =>
  brief(id)
    .who.filter((w) => w.kind === 'person')
    .map((w) => w.name);
const orgs = (id: string): string[] =>
  brief(id)
    .who.filter((w) => w.kind === 'organization')
    .map((w) => w.name);

describe('held-out general articles: next dates', () => {
  it.each([...briefs.keys()])('%s lists no date that is not scheduled in the article', (id) => {
    const { gold } = briefs.get(id)!;
    const allowed = new Set([...gold.next, ...(gold.next_optional ?? [])].map((n) => n.date));
    for (const date of dates(id)) expect(allowed).toContain(date);
  });

  it('an obituary and a verdict story, told wholly in the past, have no next dates', () => {
    expect(dates('halvorsen-obituary')).toEqual([]);
    expect(dates('gdansk-port-bribery')).toEqual([]);
  });

  it('a launch postponed "from 30 December to 8 January" is due on the new date, next year', () => {
    expect(dates('deep-impact-delay-2004')).toContain('2005-01-08');
    expect(dates('deep-impact-delay-2004')).not.toContain('2004-12-30');
  });

  it('a start postponed "to March 27" from a cancelled March 13 is due on March 27 only', () => {
    expect(dates('peru-floods')).toContain('2017-03-27');
    expect(dates('peru-floods')).not.toContain('2017-03-13');
  });

  it('"would begin ... on Thursday" is the coming Thursday; "normally lasts until April" is no event', () => {
    expect(dates('peru-floods')).toContain('2017-02-16');
    expect(dates('peru-floods')).not.toContain('2017-04');
  });

  it('a strike "announced ... for Tuesday, October 17" is next though the verb is past', () => {
    expect(dates('hospital-strike-mt-fr')).toEqual(
      expect.arrayContaining(['2023-10-16', '2023-10-17', '2023-10-25']),
    );
  });

  it('"the next Monday 9 of September" in translated Spanish is a next date', () => {
    expect(dates('zacatecas-mine-blockade-mt-es')).toEqual(['2019-09-09', '2019-09-12']);
  });

  it('a quarter is read as a month: "the end of the first quarter of 2011" is March 2011', () => {
    expect(dates('nordic-steel-merger')).not.toContain('2011-01-31');
    expect(dates('nordic-steel-merger')).toContain('2011-03');
  });

  it('months alone stay months, and a past "in March" does not become next March', () => {
    expect(dates('tampere-bus-factory')).toEqual(expect.arrayContaining(['2016-08', '2016-09']));
    expect(dates('tampere-bus-factory')).not.toContain('2017-03');
  });
});

describe('held-out general articles: people and organizations', () => {
  it('companies introduced as such are organizations, never people', () => {
    expect(people('zacatecas-mine-blockade-mt-es')).not.toContain('Minera Aurelia');
    expect(orgs('zacatecas-mine-blockade-mt-es')).toContain('Minera Aurelia');
    expect(people('nordic-steel-merger')).not.toContain('Kaivola Metals');
    expect(orgs('nordic-steel-merger')).toEqual(expect.arrayContaining(['Björnfors Stål', 'Kaivola Metals']));
  });

  it('a dateline place, a name used as a modifier and the tail of "CGT-Santé" are not people', () => {
    expect(people('zacatecas-mine-blockade-mt-es')).toEqual(
      ['José Ángel Núñez Berumen', 'María Fernanda Ibáñez', 'Rodrigo Castañeda Ochoa'].filter((name) =>
        people('zacatecas-mine-blockade-mt-es').includes(name),
      ),
    );
    expect(people('zacatecas-mine-blockade-mt-es')).toHaveLength(3);
    expect(people('hospital-strike-mt-fr')).not.toContain('Santé');
  });

  it('a surname with a particle joins the full name: "Mac Cárthaigh" is Eoin Mac Cárthaigh', () => {
    expect(people('hurling-league-semi').filter((n) => n.includes('Cárthaigh'))).toEqual([
      'Eoin Mac Cárthaigh',
    ]);
  });

  it('a name in "X and Y" with a known person, and one speaking after a relative clause, are people', () => {
    expect(people('gdansk-port-bribery')).toEqual(expect.arrayContaining(['Marek Zieliński', 'Piotr Kowal']));
    expect(people('nordic-steel-merger')).toContain('Jari Hiltunen');
  });

  it('long names with "for", "and", "in" are kept whole, without the owner before them', () => {
    expect(orgs('malaria-vaccine-trial')).toContain('National Institute for Medical Research');
    expect(orgs('moldova-runoff')).toContain('Organization for Security and Co-operation in Europe');
    expect(orgs('peru-floods')).toEqual(
      expect.arrayContaining(['National Meteorology and Hydrology Service', 'Ministry of Education']),
    );
  });

  it('a Title-Cased quote is no organization and "the CGT" is one', () => {
    expect(orgs('zacatecas-mine-blockade-mt-es').some((o) => /Withdraw/.test(o))).toBe(false);
    expect(orgs('hospital-strike-mt-fr')).toContain('CGT');
  });
});

describe('held-out general articles: what', () => {
  it.each([...briefs.keys()])('%s says what happened in at most 300 characters, without furniture', (id) => {
    const { what } = brief(id);
    expect(what.length).toBeGreaterThan(40);
    expect(what.length).toBeLessThanOrEqual(300);
    expect(what).not.toMatch(/^(?:Read also|ALSO READ|Subscribe|Photo:|With information|Follow us)/i);
    expect(what).not.toMatch(/^[\p{Lu}][\p{L} ,]+\.-/u);
    expect(what).not.toMatch(
      /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|November|December)\b[^.]*\d{4}$/,
    );
  });
});

describe('held-out general articles: roles and leads', () => {
  it('a role that names the person replaces "counterpart" when the text gives both', () => {
    const text =
      'Talks in Vienna\n\nFrench President Anne Morel spoke on Monday with her Italian counterpart Paolo Renzetti. ' +
      'Later, Italian President Paolo Renzetti said the talks would resume on Friday.';
    const renzetti = engine
      .briefNow(articleFromText(text), { published: '2024-03-04' })
      .who.find((w) => w.name === 'Paolo Renzetti');
    expect(renzetti?.role).toBe('Italian President');
  });

  it('a short scene-setting opener gives way to the sentence that says what happened', () => {
    expect(brief('hospital-strike-mt-fr').what).toMatch(/announced a new day of strikes/);
  });
});
