import { PassThrough } from 'node:stream';
import { main } from '../../../src/app/cli/main';
import { fixedClock } from '../../../src/clock/clock';
import {
  FAKE_APPLICATION_ID,
  FAKE_GUILD_ID,
  FAKE_TOKEN,
  startFakeDiscord,
  type FakeDiscord,
} from '../../fakes/fake-discord/fake-discord';

function capture() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (c: Buffer) => (text += c.toString()));
  return { stream, text: () => text };
}

describe('briefbot register-commands', () => {
  let discord: FakeDiscord;
  beforeAll(async () => {
    discord = await startFakeDiscord();
  });
  afterAll(async () => {
    await discord.stop();
  });

  async function run(args: string[], env: Record<string, string>) {
    const stdout = capture();
    const stderr = capture();
    const code = await main(['node', 'briefbot', 'register-commands', ...args], {
      stdout: stdout.stream,
      stderr: stderr.stream,
      env,
      clock: fixedClock(new Date('2024-05-02T09:00:00Z')),
    });
    return { code, stdout: stdout.text(), stderr: stderr.text() };
  }

  const env = () => ({
    DISCORD_TOKEN: FAKE_TOKEN,
    DISCORD_APPLICATION_ID: FAKE_APPLICATION_ID,
    DISCORD_API_URL: discord.rest.apiUrl,
  });

  it('registers /brief in one guild with every subcommand the README lists', async () => {
    const result = await run(['--guild', FAKE_GUILD_ID], env());
    expect(result).toMatchObject({ code: 0, stdout: `Registered /brief in guild ${FAKE_GUILD_ID}.\n` });
    const call = discord.rest.callsTo(
      'PUT',
      new RegExp(`^/applications/${FAKE_APPLICATION_ID}/guilds/${FAKE_GUILD_ID}/commands$`),
    )[0];
    expect(call?.authorization).toBe(`Bot ${FAKE_TOKEN}`);
    const [brief] = call?.body as {
      name: string;
      contexts: number[];
      options: { name: string; options?: { name: string; type: number; autocomplete?: boolean }[] }[];
    }[];
    expect(brief?.name).toBe('brief');
    expect(brief?.contexts).toEqual([0]);
    expect(
      brief?.options.map((o) => `${o.name}${(o.options ?? []).map((x) => ` ${x.name}`).join('')}`),
    ).toEqual([
      'link url again',
      'events days remove',
      'digest time',
      'remind leads',
      'watch on',
      'tz zone',
      'calendar action',
      'page action',
      'follow url include exclude',
      'unfollow url',
      'feeds',
      'help',
    ]);
    expect(brief?.options.find((o) => o.name === 'tz')?.options?.[0]?.autocomplete).toBe(true);
  });

  it('registers globally without --guild', async () => {
    const result = await run([], env());
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('Registered /brief globally.\n');
    expect(
      discord.rest.callsTo('PUT', new RegExp(`^/applications/${FAKE_APPLICATION_ID}/commands$`)),
    ).toHaveLength(1);
  });

  it('says what to set when the Discord credentials are missing', async () => {
    const result = await run([], { DISCORD_API_URL: discord.rest.apiUrl });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Set DISCORD_TOKEN and DISCORD_APPLICATION_ID/);
  });

  it('asks for the application id when only the token is set', async () => {
    const result = await run([], { DISCORD_TOKEN: FAKE_TOKEN, DISCORD_API_URL: discord.rest.apiUrl });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/DISCORD_APPLICATION_ID is required when DISCORD_TOKEN is set/);
  });
});
