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
