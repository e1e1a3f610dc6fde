import { fixedClock } from '../../../src/clock/clock';
import { briefSchema } from '../../../src/engine/brief';
import {
  InvalidPublishedDateError,
  LocalEngine,
  MAX_BRIEF_CHARS,
} from '../../../src/engine/local/local-engine';

const engine = new LocalEngine({ clock: fixedClock('2024-05-20T09:00:00Z') });

const article = {
  title: 'Port workers call strike over pay',
  text: [
    'ROTTERDAM, May 17, 2024 — Dock workers at Europe’s largest port voted on Friday to strike for 48 hours from June 3, union leader Niek Stam said, after talks with employers collapsed.',
    '',
    'Read also Article reserved for our subscribers: Why Rotterdam matters',
    '',
    '"We have waited long enough," Mr. Stam told reporters. The employers’ federation said it would meet the FNV union again on May 28.',
    '',
    'The Daily Courier with AFP',
  ].join('\n'),
};

describe('the local engine', () => {
  it('returns a valid brief with people, organizations, a summary and next dates after the given date', async () => {
    const brief = await engine.brief(article, { published: '2024-05-17' });
    expect(briefSchema.safeParse(brief).success).toBe(true);
    expect(brief.engine).toBe('local');
    expect(brief.publishedSource).toBe('given');
    expect(brief.who.find((w) => w.kind === 'person')).toMatchObject({
      name: 'Niek Stam',
      role: 'union leader',
      aliases: ['Mr. Stam'],
    });
    expect(brief.what).toMatch(/^Dock workers at Europe’s largest port voted on Friday/);
    expect(brief.what).not.toMatch(/Read also|AFP/);
    expect(brief.next.map((n) => n.date)).toEqual(expect.arrayContaining(['2024-06-03', '2024-05-28']));
    for (const item of brief.next) expect(article.text).toContain(item.quote);
  });

  it('takes the publication date from the dateline, else today, and says which', async () => {
    const fromDateline = await engine.brief(article);
    expect(fromDateline).toMatchObject({ published: '2024-05-17', publishedSource: 'article' });
    const undated = await engine.brief({
      title: '',
      text: 'The museum will reopen its east wing on Saturday after repairs to the roof.',
    });
    expect(undated).toMatchObject({ published: '2024-05-20', publishedSource: 'today' });
    expect(undated.warnings?.join(' ')).toMatch(/today/);
  });

  it('never throws on odd text: empty, binary debris, another language, a huge input', async () => {
    for (const text of [
      '',
      '\u0000\u0001\u0002\ufffd\ufffd',
      'Der Bundestag hat am Donnerstag das Gesetz verabschiedet.',
      'Zażółć gęślą jaźń. '.repeat(50),
    ]) {
      const brief = await engine.brief({ title: '', text }, { published: '2024-01-01' });
      expect(briefSchema.safeParse(brief).success).toBe(true);
    }
    const huge = await engine.brief(
      { title: '', text: 'The council met again and nothing was decided that day.\n'.repeat(3700) },
      { published: '2024-01-01' },
    );
    expect(huge.warnings?.join(' ')).toContain(String(MAX_BRIEF_CHARS));
  });

  it('refuses a reference date that is not a calendar day', async () => {
    await expect(engine.brief(article, { published: '2024-02-30' })).rejects.toBeInstanceOf(
      InvalidPublishedDateError,
    );
  });
});
