import { fixedClock } from '../../../../src/clock/clock';
import { detectArticleLanguage, primaryLanguage } from '../../../../src/engine/language/detect-language';
import { LocalEngine } from '../../../../src/engine/local/local-engine';

const engine = new LocalEngine({ clock: fixedClock('2025-03-01T09:00:00Z') });

const italian = {
  title: 'Sciopero dei trasporti a Roma',
  text: [
    'Il ministro dei Trasporti ha incontrato i sindacati, che hanno confermato lo sciopero generale del 14.03.2025 in tutta la città.',
    'Secondo il sindacato, la protesta riguarderà autobus, tram e metropolitana per ventiquattro ore.',
  ].join('\n'),
};

describe('the language of an article', () => {
  it.each([
    ['de-DE', 'de'],
    ['fr_FR', 'fr'],
    ['es', 'es'],
    [' EN-gb ', 'en'],
    ['', undefined],
    ['not a tag', undefined],
  ])('reads the declaration %j as %j', (declared, lang) => {
    expect(primaryLanguage(declared)).toBe(lang);
  });

  it('is the page declaration when the text agrees', () => {
    expect(
      detectArticleLanguage(
        'Die Bundesregierung will am kommenden Freitag über den Haushalt entscheiden.',
        'de-AT',
      ),
    ).toEqual({ lang: 'de', source: 'declared' });
  });

  it('follows the text when a template declares the wrong language', () => {
    const text =
      'El presidente del Gobierno anunció este miércoles que el Consejo de Ministros aprobará el proyecto de presupuestos el próximo martes, tras semanas de negociaciones con los socios.';
    expect(detectArticleLanguage(text, 'en-US')).toEqual({ lang: 'es', source: 'detected' });
  });

  it('keeps the declaration when the text is too short to tell', () => {
    expect(detectArticleLanguage('Paris, 3 mars', 'fr')).toEqual({ lang: 'fr', source: 'declared' });
  });

  it('is detected from the text when the page declares nothing, English when nothing can be told', () => {
    expect(detectArticleLanguage(italian.text).lang).toBe('it');
    expect(detectArticleLanguage('12345')).toEqual({ lang: 'en', source: 'default' });
  });
});

describe('the language of a long article', () => {
  const paragraphs = (sentences: string[]) =>
    Array.from({ length: 4 }, () => sentences.join(' ')).join('\n\n');

  it('is the language its many function words show, declared or not', () => {
    const german = paragraphs([
      'Die Bundesregierung will am kommenden Freitag über den Haushalt für das nächste Jahr entscheiden.',
      'Der Finanzminister hat sich mit den Ländern auf einen Kompromiss bei der Schuldenbremse geeinigt, der auch von der Opposition unterstützt wird.',
      'Nach Angaben des Ministeriums sind die Ausgaben für die Bahn und die Schulen im Entwurf nicht gekürzt worden.',
    ]);
    expect(detectArticleLanguage(german)).toEqual({ lang: 'de', source: 'detected' });
    expect(detectArticleLanguage(german, 'de-DE')).toEqual({ lang: 'de', source: 'declared' });
    // A template's wrong declaration is still overruled by the text.
    expect(detectArticleLanguage(german, 'en')).toEqual({ lang: 'de', source: 'detected' });
  });

  it('is told apart from a supported language it shares words with: Portuguese gets its warning', () => {
    const portuguese = {
      title: 'Greve dos professores em Lisboa',
      text: paragraphs([
        'Os professores das escolas públicas de Lisboa vão fazer greve na próxima segunda-feira, anunciou o sindicato.',
        'Segundo a federação, a paralisação foi marcada depois de meses de negociações sem acordo com o governo sobre os salários e a progressão na carreira.',
        'O ministro da Educação disse que não aceita as exigências, mas que continua disponível para uma nova reunião em março.',
      ]),
    };
    expect(detectArticleLanguage(portuguese.text, 'pt-PT')).toEqual({ lang: 'pt', source: 'declared' });
    expect(detectArticleLanguage(portuguese.text).lang).toBe('pt');
    expect(engine.briefNow(portuguese, { published: '2025-03-01' }).warnings).toContain(
      'this article is in Portuguese; briefbot reads English, French, German and Spanish: dates and names may be incomplete',
    );
  });
});

describe('a brief of an article in a language briefbot does not read', () => {
  it('says so in plain words and still finds dates written in numbers', () => {
    const brief = engine.briefNow(italian, { published: '2025-03-01' });
    expect(brief.lang).toBe('it');
    expect(brief.warnings).toContain(
      'this article is in Italian; briefbot reads English, French, German and Spanish: dates and names may be incomplete',
    );
    expect(brief.next.map((n) => n.date)).toContain('2025-03-14');
  });

  it('is not warned about when the article is in English, French, German or Spanish', () => {
    const brief = engine.briefNow(
      {
        title: 'Grève',
        text: 'Les syndicats de la SNCF appellent à une grève nationale, a annoncé la CGT jeudi à Paris.',
      },
      { published: '2025-03-01' },
    );
    expect(brief.lang).toBe('fr');
    expect(brief.warnings ?? []).toEqual([]);
  });
});
