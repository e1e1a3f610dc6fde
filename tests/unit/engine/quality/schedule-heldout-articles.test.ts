import type { Brief } from '../../../../src/engine/brief';
import { briefFixtureSet } from './fixture-briefs';

const briefs = briefFixtureSet('corpus/heldout-schedules');
const brief = (id: string): Brief => briefs.get(id)!.brief;
/** The dates offered as coming events (a cancelled one is reported with its status, not as scheduled). */
const dates = (id: string): string[] =>
  brief(id)
    .next.filter((n) => n.status !== 'cancelled')
    .map((n) => n.date);
const label = (id: string, date: string): string | undefined =>
  brief(id).next.find((n) => n.date === date)?.what;
const names = (id: string, kind: 'person' | 'organization'): string[] =>
  brief(id)
    .who.filter((w) => w.kind === kind)
    .map((w) => w.name);

describe('held-out schedule articles (fixtures, deadlines, live coverage): next dates', () => {
  it.each([...briefs.keys()])('%s lists every scheduled date of the article', (id) => {
    for (const { date } of briefs.get(id)!.gold.next) expect(dates(id)).toContain(date);
  });

  it.each([...briefs.keys()])('%s lists no date that is not scheduled in the article', (id) => {
    const { gold } = briefs.get(id)!;
    const allowed = new Set([...gold.next, ...(gold.next_optional ?? [])].map((n) => n.date));
    for (const date of dates(id)) expect(allowed).toContain(date);
  });

  it('keeps a date followed by ", a week before" another one (a distance, not a repetition)', () => {
    expect(dates('gas-talks-mt-fr')).toEqual(expect.arrayContaining(['2022-04-19', '2022-04-24']));
  });

  it('reports a scrapped match as cancelled instead of dropping it', () => {
    const cancelled = brief('football-fixtures-rescheduled').next.filter((n) => n.status === 'cancelled');
    expect(cancelled.map((n) => n.quote)).toEqual([expect.stringContaining('has also been scrapped')]);
  });

  it('reads a translated present tense ("holds his speech ... on Saturday") as ahead', () => {
    expect(dates('munich-conference-mt-de')).toContain('2023-02-18');
  });
});

describe('held-out schedule articles (fixtures, deadlines, live coverage): labels', () => {
  it('names the object of the scheduled verb, not the clause that leads to the date', () => {
    expect(label('skyvale-airways-merger-mt', '2009-08-03')).toBe('first joint timetable');
    expect(label('port-tender-deadlines', '2025-05-30')).toBe('final proposals');
    expect(label('port-tender-deadlines', '2025-06-10')).toBe('site visits');
  });

  it('falls back to the subject or object with the verb as a noun', () => {
    expect(label('port-tender-deadlines', '2025-07')).toBe('winner announcement');
    expect(label('port-tender-deadlines', '2025-05-23')).toBe('economic committee discussion');
    expect(label('gas-talks-mt-fr', '2022-05-18')).toBe('European Commission proposals');
    expect(label('munich-conference-mt-de', '2023-02-15')).toBe('Pistorius trip');
  });
});

describe('held-out schedule articles (fixtures, deadlines, live coverage): people and organizations', () => {
  it.each([...briefs.keys()])('%s names every person of the gold', (id) => {
    expect(names(id, 'person')).toEqual(expect.arrayContaining(briefs.get(id)!.gold.who ?? []));
  });

  it('drops the title domain from "President of the Republic Emmanuel Macron"', () => {
    expect(names('gas-talks-mt-fr', 'person')).toContain('Emmanuel Macron');
  });

  it('finds names a kind word introduces, ports and legislatures', () => {
    expect(names('carmaker-plant-closure-mt', 'organization')).toEqual(
      expect.arrayContaining(['ABVV', 'ACV']),
    );
    expect(names('port-tender-deadlines', 'organization')).toEqual(
      expect.arrayContaining(['Port of Rostock', 'Maersk', 'ver.di']),
    );
    expect(names('ukraine-court-hearing-2004', 'organization')).toContain('Verkhovna Rada');
    expect(names('gas-talks-mt-fr', 'organization')).toContain('Elysée');
  });
});
