import { resolveDatesInLanguage } from '../../../../src/engine/local/languages/resolve-dates-in-language';
import { splitSentences } from '../../../../src/engine/local/sentences';

/** One row per form: the sentence, its language, the reference day, the expression and its gold value. */
const CASES: Array<[string, string, string, string, string]> = [
  [
    'de',
    '2025-02-12',
    'Die Spitzen treffen sich am kommenden Freitag im Kanzleramt.',
    'Freitag',
    '2025-02-14',
  ],
  ['de', '2025-02-12', 'Der Ausschuss tagte am vergangenen Dienstag.', 'Dienstag', '2025-02-11'],
  ['de', '2025-02-12', 'Eine Entscheidung ist für Anfang März vorgesehen.', 'März', '2025-03'],
  [
    'de',
    '2025-06-20',
    'Der Landtag kommt am Dienstag zu seiner letzten Sitzung zusammen.',
    'Dienstag',
    '2025-06-24',
  ],
  [
    'de',
    '2025-02-12',
    'Im Januar waren die Einnahmen deutlich gesunken, teilte das Amt mit.',
    'Januar',
    '2025-01',
  ],
  ['fr', '2025-01-06', 'Le Premier ministre recevra les groupes mardi prochain.', 'mardi', '2025-01-07'],
  ['fr', '2025-01-06', "L'examen du budget reprendra à la mi-janvier.", 'janvier', '2025-01'],
  ['fr', '2025-01-06', 'Le gouvernement avait été renversé le 4 décembre dernier.', 'décembre', '2024-12-04'],
  ['fr', '2025-01-06', 'Le ministre va se réunir jeudi avec les syndicats.', 'jeudi', '2025-01-09'],
  [
    'es',
    '2025-04-09',
    'El Consejo de Ministros aprobará el proyecto el próximo martes.',
    'martes',
    '2025-04-15',
  ],
  ['es', '2025-04-09', 'Está previsto que la votación se celebre a finales de mayo.', 'mayo', '2025-05'],
  ['es', '2025-04-09', 'El pasado lunes, el Banco de España rebajó su previsión.', 'lunes', '2025-04-07'],
  [
    'es',
    '2025-09-15',
    'Sevilla acogerá del 20 al 22 de octubre una conferencia sobre la sequía.',
    'octubre',
    '2025-10-20',
  ],
];

describe('dates in French, German and Spanish', () => {
  it.each(CASES)('%s (%s): "%s" has %s = %s', (lang, reference, sentence, word, value) => {
    const found = resolveDatesInLanguage(sentence, reference, lang).find((m) => m.text.includes(word));
    expect(found?.date).toBe(value);
  });

  it('finds the language of a sentence on its own when none is given', () => {
    expect(
      resolveDatesInLanguage('Le vote se tiendra le 28 janvier.', '2025-01-06').map((m) => m.date),
    ).toEqual(['2025-01-28']);
  });

  it('does not read parts of words or durations as dates', () => {
    const text =
      'Die Abgeordneten des früheren Parlaments stimmten zu, so ein Sprecher. El paro de 24 horas sigue.';
    expect(resolveDatesInLanguage(text, '2025-01-06', 'de')).toEqual([]);
    expect(resolveDatesInLanguage('Una huelga de 24 horas en el metro.', '2025-01-06', 'es')).toEqual([]);
  });
});

describe('sentences in French, German and Spanish', () => {
  it.each([
    ['de', 'Die Wahl ist am 10. Dezember in Berlin. Danach folgt die Auszählung.', 2],
    ['de', 'Das gilt z. B. für Bahnen bzw. Busse. Der Rest bleibt.', 2],
    ['fr', 'M. Macron a parlé mardi. Mme Dati aussi.', 2],
    ['es', 'Según el Sr. Montero, el grupo votará. Otra frase.', 2],
  ])('%s: "%s" is %i sentences', (lang, text, count) => {
    expect(splitSentences(text, lang)).toHaveLength(count);
  });

  it('keeps English sentence rules for English text', () => {
    expect(splitSentences('The vote is on the 10. December talks follow.', 'en')).toHaveLength(2);
  });
});
