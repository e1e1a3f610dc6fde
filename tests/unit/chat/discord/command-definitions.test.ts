import { briefCommandDefinitions } from '../../../../src/chat/discord/command-definitions';
import { commandText, zoneSuggestions } from '../../../../src/chat/discord/interaction-command-text';
import { linksIn } from '../../../../src/chat/discord/watched-message-handler';

describe('Discord /brief command', () => {
  it('defines the subcommands with their typed options', () => {
    const [brief] = briefCommandDefinitions();
    expect(brief?.name).toBe('brief');
    const subs = (brief?.options ?? []) as {
      name: string;
      type: number;
      options?: { name: string; type: number; autocomplete?: boolean }[];
    }[];
    expect(subs.map((s) => s.name)).toEqual([
      'link',
      'events',
      'digest',
      'remind',
      'watch',
      'tz',
      'calendar',
      'help',
    ]);
    expect(subs.every((s) => s.type === 1)).toBe(true);
    const opt = (sub: string) => subs.find((s) => s.name === sub)?.options?.[0];
    expect(opt('link')).toMatchObject({ name: 'url', type: 3, required: true });
    expect(opt('events')).toMatchObject({ name: 'days', type: 4 });
    expect(opt('digest')).toMatchObject({ name: 'time', type: 3 });
    expect(opt('remind')).toMatchObject({ name: 'leads', type: 3 });
    expect(opt('watch')).toMatchObject({ name: 'on', type: 5 });
    expect(opt('tz')).toMatchObject({ name: 'zone', type: 3, autocomplete: true });
  });

  it('maps typed options to the text the shared handlers parse', () => {
    expect(commandText([{ name: 'link', options: [{ name: 'url', value: 'https://news.example/a' }] }])).toBe(
      'link https://news.example/a',
    );
    expect(commandText([{ name: 'watch', options: [{ name: 'on', value: false }] }])).toBe('watch off');
    expect(commandText([{ name: 'events', options: [{ name: 'days', value: 14 }] }])).toBe('events 14');
    expect(commandText([{ name: 'watch', options: [] }])).toBe('watch');
    expect(commandText([{ name: 'calendar', options: [{ name: 'action', value: 'reset' }] }])).toBe(
      'calendar reset',
    );
    expect(commandText([])).toBe('help');
  });

  it('suggests at most 25 zones, prefix and city matches first', () => {
    expect(zoneSuggestions('')).toHaveLength(25);
    expect(zoneSuggestions('new york')[0]).toBe('America/New_York');
    expect(zoneSuggestions('europe/pa')).toContain('Europe/Paris');
    expect(zoneSuggestions('zzzz')).toEqual([]);
  });

  it('finds links in a message, including <suppressed> ones, without trailing punctuation', () => {
    expect(
      linksIn('See https://news.example/a, and <https://news.example/b>. Also https://news.example/a'),
    ).toEqual(['https://news.example/a', 'https://news.example/b']);
  });
});
