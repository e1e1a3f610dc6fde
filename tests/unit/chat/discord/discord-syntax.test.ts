import { usageText } from '../../../../commands/help';
import { toDiscordSyntax } from '../../../../src/chat/discord/discord-syntax';

describe('replies on Discord show Discord’s command syntax', () => {
  it.each([
    [
      'Usage: `/brief watch on` or `/brief watch off`.',
      'Usage: `/brief watch on:True` or `/brief watch on:False`.',
    ],
    ['e.g. `/brief events 30` (1 to 90)', 'e.g. `/brief events days:30` (1 to 90)'],
    ['Use `/brief digest 08:00`', 'Use `/brief digest time:08:00`'],
    ['Change with `/brief remind 1d,2h`', 'Change with `/brief remind leads:1d,2h`'],
    ['Use `/brief tz America/New_York`', 'Use `/brief tz zone:America/New_York`'],
    ['`/brief calendar reset` replaces it', '`/brief calendar action:reset` replaces it'],
    ['`/brief https://example.com/news/article`', '`/brief link url:https://example.com/news/article`'],
    [
      'its number in `/brief events`, e.g. `/brief events remove 2`',
      'its number in `/brief events`, e.g. `/brief events remove:2`',
    ],
  ])('%s', (shared, discord) => {
    expect(toDiscordSyntax(shared)).toBe(discord);
  });

  it('rewrites the whole help text, leaving no space-separated arguments', () => {
    const help = toDiscordSyntax(usageText());
    expect(help).toContain('`/brief watch on:True|False`');
    expect(help).toContain('`/brief tz zone:Europe/Paris`');
    expect(help).not.toMatch(/`\/brief (watch|tz|digest|remind|events) [^:`]+`/);
  });
});
