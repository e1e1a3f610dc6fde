import { dispatchCommand } from '../../../commands/dispatch';
import type { CommandDeps } from '../../../commands/command-deps';
import { createDiscordBot, type DiscordBot } from '../../../src/chat/discord/discord-bot';
import { fixedClock } from '../../../src/clock/clock';
import { silentLogger } from '../../../src/logging/logger';
import { briefInteraction } from '../../fakes/fake-discord/discord-payloads';
import {
  FAKE_APPLICATION_ID,
  FAKE_CHANNEL_ID,
  FAKE_GUILD_ID,
  FAKE_TOKEN,
  startFakeDiscord,
  type FakeDiscord,
} from '../../fakes/fake-discord/fake-discord';
import { channelOfExtraGuild, shardOf } from '../../fakes/fake-discord/fake-discord-gateway';
import { InMemoryChannelSettingsStore } from '../../fakes/in-memory-channel-settings-store';
import { RecordingIntake } from '../../fakes/recording-intake';

const USER = '444444444444444444';

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** A guild id whose events Discord routes to the other shard of two than FAKE_GUILD_ID's. */
function guildOnOtherShard(): string {
  for (let n = 1n; ; n++) {
    const id = String(BigInt(FAKE_GUILD_ID) + (n << 22n));
    if (shardOf(id, 2) !== shardOf(FAKE_GUILD_ID, 2)) return id;
  }
}

describe('Discord bot sharded in one process (DISCORD_SHARDS)', () => {
  const otherGuild = guildOnOtherShard();
  let discord: FakeDiscord;
  let bot: DiscordBot | undefined;
  let intake: RecordingIntake;

  beforeEach(async () => {
    discord = await startFakeDiscord({ extraGuildIds: [otherGuild], recommendedShards: 2 });
    intake = new RecordingIntake();
  });

  afterEach(async () => {
    await bot?.stop();
    bot = undefined;
    await discord.stop();
  });

  function start(shards: 'auto' | number): Promise<void> {
    const settings = new InMemoryChannelSettingsStore();
    const commandDeps: CommandDeps = {
      intake,
      settings,
      clock: fixedClock(new Date('2024-05-02T09:00:00Z')),
    };
    bot = createDiscordBot(
      { token: FAKE_TOKEN, apiUrl: discord.rest.apiUrl, shards },
      { dispatch: dispatchCommand, commandDeps, intake, settings, logger: silentLogger(), watch: 'off' },
    );
    return bot.start();
  }

  async function briefIn(guildId: string, channelId: string, url: string): Promise<void> {
    const i = briefInteraction({
      applicationId: FAKE_APPLICATION_ID,
      guildId,
      channelId,
      userId: USER,
      subcommand: 'link',
      options: [{ name: 'url', type: 3, value: url }],
    });
    discord.gateway.dispatch('INTERACTION_CREATE', i.payload);
    await until(() => intake.submissions.some((s) => s.url === url), `the link from guild ${guildId}`);
  }

  it('with auto, identifies the shards Discord recommends and answers /brief in guilds on each shard', async () => {
    await start('auto');
    const shards = discord.gateway.log.identifies.map((i) => i.shard).sort();
    expect(shards).toEqual([
      [0, 2],
      [1, 2],
    ]);
    await briefIn(FAKE_GUILD_ID, FAKE_CHANNEL_ID, 'http://127.0.0.1:9/news/first-shard');
    await briefIn(otherGuild, channelOfExtraGuild(otherGuild), 'http://127.0.0.1:9/news/second-shard');
    expect(intake.submissions.map((s) => s.destination?.workspace)).toEqual([FAKE_GUILD_ID, otherGuild]);
  });

  it('with a number, runs exactly that many shards whatever Discord recommends', async () => {
    discord.rest.recommendedShards = 1;
    await start(2);
    expect(discord.gateway.log.identifies.map((i) => i.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    await briefIn(otherGuild, channelOfExtraGuild(otherGuild), 'http://127.0.0.1:9/news/fixed-count');
  });
});
