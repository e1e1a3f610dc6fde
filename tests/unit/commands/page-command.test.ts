import type { CommandDeps } from '../../../commands/command-deps';
import { dispatchCommand } from '../../../commands/dispatch';
import { usageText } from '../../../commands/help';
import { fixedClock } from '../../../src/clock/clock';
import type { ChannelRef } from '../../../src/storage/channel-settings-store';
import { fixedManagerCheck } from '../../fakes/fixed-manager-check';
import { InMemoryChannelSettingsStore } from '../../fakes/in-memory-channel-settings-store';
import { RecordingIntake } from '../../fakes/recording-intake';

/** Page tokens in memory: one per channel, a new one on reset. */
class MemoryPageTokens {
  private readonly byChannel = new Map<string, string>();
  private issued = 0;
  async ensure(ref: ChannelRef): Promise<string> {
    const key = `${ref.platform}:${ref.channel}`;
    return this.byChannel.get(key) ?? this.reset(ref);
  }
  async reset(ref: ChannelRef): Promise<string> {
    const token = `tok${++this.issued}`.padEnd(32, 'x');
    this.byChannel.set(`${ref.platform}:${ref.channel}`, token);
    return token;
  }
}

function run(text: string, extra: Partial<CommandDeps>, channel = 'C1', manager = true) {
  const deps: CommandDeps = {
    intake: new RecordingIntake(),
    settings: new InMemoryChannelSettingsStore('UTC'),
    clock: fixedClock('2026-12-01T08:00:00Z'),
    ...extra,
  };
  return dispatchCommand(text, {
    platform: 'test',
    channel,
    user: 'U1',
    requester: { user: 'U1' },
    access: fixedManagerCheck(manager),
    deps,
  });
}

describe('/brief page', () => {
  it('answers privately with the channel’s page link under PUBLIC_URL, the same each time', async () => {
    const channelPage = new MemoryPageTokens();
    const deps = { channelPage, publicUrl: 'https://briefbot.example.org/' };
    const first = await run('page', deps);
    expect(first.ephemeral).toBe(true);
    expect(first.text).toContain(`https://briefbot.example.org/c/${'tok1'.padEnd(32, 'x')}\n`);
    expect(first.text).toContain('`/brief page reset` replaces it');
    expect((await run('page', deps)).text).toBe(first.text);
    expect((await run('page', deps, 'C2')).text).toContain('tok2');
  });

  it('gives a new link on reset and says the old one stopped working', async () => {
    const deps = { channelPage: new MemoryPageTokens(), publicUrl: 'https://briefbot.example.org' };
    await run('page', deps);
    const reset = await run('page RESET', deps);
    expect(reset.ephemeral).toBe(true);
    expect(reset.text).toBe(
      `New page link for this channel (the old one no longer works):\nhttps://briefbot.example.org/c/${'tok2'.padEnd(32, 'x')}`,
    );
  });

  it('lets anyone get the link but only channel managers reset it', async () => {
    const deps = { channelPage: new MemoryPageTokens(), publicUrl: 'https://briefbot.example.org' };
    const link = (await run('page', deps, 'C1', false)).text;
    expect(link).toContain('/c/tok1');
    const refused = await run('page reset', deps, 'C1', false);
    expect(refused.ephemeral).toBe(true);
    expect(refused.text).toMatch(/^Sorry, only channel managers can change the page link/);
    expect((await run('page', deps, 'C1', false)).text).toBe(link);
  });

  it('says what is missing without PUBLIC_URL or the page feature, and how to use it on a wrong word', async () => {
    expect((await run('page', { channelPage: new MemoryPageTokens() })).text).toMatch(/needs PUBLIC_URL/);
    expect((await run('page', { publicUrl: 'https://b.example' })).text).toMatch(/not set up/);
    const wrong = await run('page delete', {
      channelPage: new MemoryPageTokens(),
      publicUrl: 'https://b.example',
    });
    expect(wrong.text).toBe('Use `/brief page` for the link or `/brief page reset` for a new one.');
    expect(usageText()).toContain('`/brief page`');
  });
});
