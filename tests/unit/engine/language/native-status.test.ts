import fs from 'node:fs';
import path from 'node:path';
import { LocalEngine } from '../../../../src/engine/local/local-engine';
import { resolveDatesInLanguage } from '../../../../src/engine/local/languages/resolve-dates-in-language';
import { fixedClock } from '../../../../src/clock/clock';

interface DateCase {
  dct: string;
  sentence: string;
  text: string;
  value: string;
  status?: 'scheduled' | 'moved' | 'cancelled';
  previous?: string;
}

/** tests/fixtures/dates/lang-{fr,de,es}.jsonl: briefbot's own sentences, one gold date each. */
function cases(lang: string): DateCase[] {
  const file = path.join(__dirname, `../../../fixtures/dates/lang-${lang}.jsonl`);
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as DateCase);
}

const engine = new LocalEngine({ clock: fixedClock('2025-03-01T09:00:00Z') });

describe.each(['fr', 'de', 'es'])('dated sentences in %s', (lang) => {
  const all = cases(lang);

  // A moved event's date is the brief's (below); `dates` reads "du 10 au 17 mars" as the range's start.
  it.each(all.filter((c) => c.status === undefined).map((c) => [c.text, c.value, c.sentence] as const))(
    '"%s" resolves to %s in "%s"',
    (text, value, sentence) => {
      const dct = all.find((c) => c.sentence === sentence)!.dct;
      const found = resolveDatesInLanguage(sentence, dct, lang).filter(
        (m) => text.includes(m.text) || m.text.includes(text),
      );
      expect(found.map((m) => m.date)).toContain(value);
    },
  );

  const statuses = all.filter((c) => c.status !== undefined);
  it.each(statuses.map((c) => [c.value, c.status!, c.previous ?? 'none', c.sentence, c] as const))(
    'a brief gives %s the status %s (previous %s): "%s"',
    (value, status, previous, sentence, c) => {
      const { next } = engine.explain({ title: '', text: sentence, published: c.dct, lang }).brief;
      const item = next.find((n) => n.date === value);
      expect(item?.status).toBe(status);
      expect(item?.previous ?? 'none').toBe(previous);
      expect(sentence).toContain(item?.quote);
    },
  );
});

describe('a day told in the past tense is no next date, even with its year', () => {
  it.each([
    ['fr', 'La radio locale a consacré une émission au projet le 3 mars 2025 à 9 heures.'],
    ['de', 'Über dieses Thema berichtete der Regionalsender am 3. März 2025 um 9.30 Uhr.'],
    ['es', 'La emisora local informó sobre el proyecto el 3 de marzo de 2025 a las 9.00.'],
  ])('%s: "%s"', (lang, text) => {
    const { brief, dates } = engine.explain({ title: '', text, published: '2025-03-01', lang });
    expect(brief.next).toEqual([]);
    expect(dates.map((d) => d.rule)).toContain('told-in-past');
  });
});
