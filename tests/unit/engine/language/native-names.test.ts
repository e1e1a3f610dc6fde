import { fixedClock } from '../../../../src/clock/clock';
import { LocalEngine } from '../../../../src/engine/local/local-engine';

const engine = new LocalEngine({ clock: fixedClock('2025-03-01T09:00:00Z') });

function who(lang: string, text: string): { people: string[]; orgs: string[] } {
  const { brief } = engine.explain({ title: '', text, published: '2025-03-01', lang });
  return {
    people: brief.who.filter((w) => w.kind === 'person').map((p) => p.name),
    orgs: brief.who.filter((w) => w.kind === 'organization').map((o) => o.name),
  };
}

/** Briefbot's own news sentences: the language, the text, a name that must be found, one that must not. */
const PEOPLE: Array<[string, string, string, string | null]> = [
  [
    'de',
    'Der Antrag des früheren Ministers Jens Albrecht fand im Landtag keine Mehrheit. Die Opposition lehnte ihn ab.',
    'Jens Albrecht',
    'Ministers Jens Albrecht',
  ],
  [
    'de',
    '„Die Lage bleibt angespannt“, sagt Martina Keller von der Industrie- und Handelskammer. Der Hafen bleibt geschlossen.',
    'Martina Keller',
    null,
  ],
  [
    'de',
    'Die Schüler besuchten das Dokumentationszentrum Nürnberg und sprachen mit Zeitzeugen. Lehrerin Anna Vogt begleitete sie.',
    'Anna Vogt',
    'Dokumentationszentrum Nürnberg',
  ],
  [
    'de',
    'Die Kieler Datenschutzbeauftragte Sabine Roth erklärt, dass die Behörde die Daten prüfen wird.',
    'Sabine Roth',
    'Datenschutzbeauftragte Sabine Roth',
  ],
  [
    'fr',
    'Les plages de La Teste-de-Buch resteront fermées ce week-end. « La houle est dangereuse », estime Claire Dumas, adjointe au maire.',
    'Claire Dumas',
    'Teste',
  ],
  [
    'es',
    'El alto representante de la Unión Europea para la Política Exterior, Marcos Ibarra, pidió calma este lunes en Bruselas.',
    'Marcos Ibarra',
    null,
  ],
];

const ORGS: Array<[string, string, string, string | null]> = [
  [
    'de',
    'Der Rüstungskonzern Hallstein lieferte die Fahrzeuge im Januar. Der Vorstand bestätigte die Zahlen.',
    'Hallstein',
    'Rüstungskonzern Hallstein',
  ],
  [
    'de',
    'Die Tagung richtet die Hermann-Otto-Stiftung aus, die seit 1990 Forschung zur Küste fördert.',
    'Hermann-Otto-Stiftung',
    null,
  ],
];

describe('names in French, German and Spanish articles', () => {
  it.each(PEOPLE)('%s: "%s" names %s (and not %s)', (lang, text, name, not) => {
    const { people } = who(lang, text);
    expect(people).toContain(name);
    if (not !== null) expect(people).not.toContain(not);
  });

  it.each(ORGS)('%s: "%s" has the organisation %s (not %s)', (lang, text, name, not) => {
    const { orgs } = who(lang, text);
    expect(orgs).toContain(name);
    if (not !== null) expect(orgs).not.toContain(not);
  });
});
