import type { CommandContext } from '../../../commands/command-context';
import type { CommandDeps } from '../../../commands/command-deps';
import { dispatchCommand, parseCommand } from '../../../commands/dispatch';
import { fixedClock } from '../../../src/clock/clock';
import { InMemoryChannelSettingsStore } from '../../fakes/in-memory-channel-settings-store';
import { RecordingIntake } from '../../fakes/recording-intake';
import { fixedManagerCheck } from '../../fakes/fixed-manager-check';

function setup() {
  const intake = new RecordingIntake();
  const settings = new InMemoryChannelSettingsStore('UTC');
  const deps: CommandDeps = { intake, settings, clock: fixedClock('2025-03-10T12:00:00Z') };
  const base: Omit<CommandContext<CommandDeps>, 'args'> = {
    platform: 'test',
    channel: 'C1',
    workspace: 'T1',
    user: 'U1',
    requester: { user: 'U1', responseUrl: 'https://hooks.slack.com/commands/1' },
    access: fixedManagerCheck(true),
    deps,
  };
  const run = (text: string) => dispatchCommand(text, base);
  return { intake, settings, run };
}

describe('/brief subcommands', () => {
  it('queues a bare link for this channel and says so privately', async () => {
    const { intake, run } = setup();
    const reply = await run('https://news.example.org/world/2025/03/talks');
    expect(reply.ephemeral).toBe(true);
    expect(reply.text).toMatch(/^Queued https:\/\/news\.example\.org\/world\/2025\/03\/talks/);
    expect(intake.submissions).toEqual([
      {
        url: 'https://news.example.org/world/2025/03/talks',
        destination: {
          platform: 'test',
          channel: 'C1',
          workspace: 'T1',
          requester: { user: 'U1', responseUrl: 'https://hooks.slack.com/commands/1' },
        },
      },
    ]);
  });

  it('accepts "link <url>" and Slack-wrapped <url|label> links', async () => {
    const { intake, run } = setup();
    await run('link https://news.example.org/a');
    await run('<https://news.example.org/b|news.example.org/b>');
    expect(intake.submissions.map((s) => s.url)).toEqual([
      'https://news.example.org/a',
      'https://news.example.org/b',
    ]);
  });

  it('says the same link is already being worked on instead of queueing it twice', async () => {
    const { intake, run } = setup();
    await run('https://news.example.org/a');
    const reply = await run('https://news.example.org/a');
    expect(reply.text).toMatch(/Already working on/);
    expect(intake.submissions).toHaveLength(1);
  });

  it('tells the person when the queue is unreachable', async () => {
    const { intake, run } = setup();
    intake.failWith = 'QUEUE_UNAVAILABLE';
    const reply = await run('https://news.example.org/a');
    expect(reply).toEqual({
      ephemeral: true,
      text: expect.stringContaining('briefbot can’t reach its queue right now'),
    });
  });

  it('explains an unusable link', async () => {
    const { run } = setup();
    const reply = await run('link ftp://files.example.org/report.pdf');
    expect(reply.ephemeral).toBe(true);
    expect(reply.text).toContain('I can’t brief “ftp://files.example.org/report.pdf”');
    expect((await run('link')).text).toContain('Give me a link to brief');
  });

  it('sets the channel time zone and confirms it in words', async () => {
    const { settings, run } = setup();
    const reply = await run('tz europe/paris');
    expect(reply.text).toBe(
      'Time zone for this channel is now Europe/Paris (it’s 13:00 there). Digests, reminders and dates use it.',
    );
    expect((await settings.get({ platform: 'test', channel: 'C1' })).timezone).toBe('Europe/Paris');
    expect((await run('tz')).text).toContain('This channel’s time zone is Europe/Paris');
  });

  it('refuses a time zone that does not exist and keeps the old one', async () => {
    const { settings, run } = setup();
    const reply = await run('tz Mars/Olympus');
    expect(reply).toEqual({
      ephemeral: true,
      text: expect.stringContaining('“Mars/Olympus” isn’t a time zone I know'),
    });
    expect((await settings.get({ platform: 'test', channel: 'C1' })).timezone).toBe('UTC');
  });

  it('turns watching on and off, confirmed in words', async () => {
    const { settings, run } = setup();
    expect((await run('watch on')).text).toMatch(
      /^Watching this channel: every link posted here gets a brief in its thread/,
    );
    expect(await settings.isWatched({ platform: 'test', channel: 'C1' })).toBe(true);
    expect((await run('watch')).text).toMatch(/^This channel is watched/);
    expect((await run('watch OFF')).text).toMatch(/^Stopped watching this channel/);
    expect(await settings.isWatched({ platform: 'test', channel: 'C1' })).toBe(false);
    expect((await run('watch maybe')).text).toBe(
      '“maybe” isn’t on or off. Usage: `/brief watch on` or `/brief watch off`.',
    );
  });

  it('answers help, an empty command and unknown words with the usage text', async () => {
    const { run, intake } = setup();
    for (const text of ['help', '', '   ', 'summarise this please']) {
      const reply = await run(text);
      expect(reply.ephemeral).toBe(true);
      expect(reply.text).toContain('`/brief <link>`');
      expect(reply.text).toContain('`/brief tz <zone>`');
    }
    expect((await run('summarise this')).text).toMatch(/^I don’t know `\/brief summarise`/);
    expect(intake.submissions).toHaveLength(0);
  });

  it('answers events, digest, remind and calendar with a message even when the events side is not configured', async () => {
    const { run } = setup();
    for (const name of ['events 7', 'digest 25:00', 'remind 1d', 'calendar']) {
      const reply = await run(name);
      expect(reply.ephemeral).toBe(true);
      expect(reply.text.length).toBeGreaterThan(10);
    }
  });

  it('splits the subcommand from its arguments', () => {
    expect(parseCommand('  DIGEST   08:00 ')).toEqual({ name: 'digest', args: '08:00' });
    expect(parseCommand('www.example.org/story')).toEqual({ name: 'link', args: 'www.example.org/story' });
    expect(parseCommand('')).toEqual({ name: 'help', args: '' });
  });
});
