import {
  InteractionContextType,
  SlashCommandBuilder,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';

/**
 * The `/brief` slash command with its subcommands, as sent to Discord by `briefbot register-commands`.
 * Each subcommand's options map to the text the platform-neutral handlers in commands/ parse
 * (see interaction-command-text.ts). https://discord.com/developers/docs/interactions/application-commands
 */
export function briefCommandDefinitions(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  const brief = new SlashCommandBuilder()
    .setName('brief')
    .setDescription('Briefs news links: who, what, and the next dates.')
    .setContexts(InteractionContextType.Guild)
    .addSubcommand((s) =>
      s
        .setName('link')
        .setDescription('Brief a news article; the brief is posted in this channel.')
        .addStringOption((o) =>
          o
            .setName('url')
            .setDescription('Link to the article (https://…)')
            .setRequired(true)
            .setMaxLength(2000),
        )
        .addBooleanOption((o) =>
          o.setName('again').setDescription('Brief it anew: the article changed since its brief here'),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('events')
        .setDescription('List the dates coming up in this channel.')
        .addIntegerOption((o) =>
          o
            .setName('days')
            .setDescription('How many days ahead (default 14, at most 90)')
            .setMinValue(1)
            .setMaxValue(90),
        )
        .addIntegerOption((o) =>
          o
            .setName('remove')
            .setDescription('Remove event number N of the list (not an event, or a wrong date)')
            .setMinValue(1)
            .setMaxValue(200),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('digest')
        .setDescription('Set the digest time and days, turn it off, or post one now.')
        .addStringOption((o) =>
          o
            .setName('time')
            .setDescription('HH:MM [weekdays | mon…sun] (channel time zone), off, or now')
            .setRequired(true)
            .setMaxLength(24),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('remind')
        .setDescription('Set how long before each date reminders are posted.')
        .addStringOption((o) =>
          o.setName('leads').setDescription('For example 1d,2h, or off').setRequired(true).setMaxLength(50),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('watch')
        .setDescription('Brief every link posted in this channel (or say whether it is on).')
        .addBooleanOption((o) => o.setName('on').setDescription('True to watch this channel, false to stop')),
    )
    .addSubcommand((s) =>
      s
        .setName('tz')
        .setDescription('Set the time zone of this channel (digests, reminders).')
        .addStringOption((o) =>
          o
            .setName('zone')
            .setDescription('IANA zone such as Europe/Paris')
            .setAutocomplete(true)
            .setMaxLength(64),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('calendar')
        .setDescription('Get this channel’s private calendar (ICS) link, or replace it.')
        .addStringOption((o) =>
          o
            .setName('action')
            .setDescription('reset: replace the link (the old one stops working)')
            .addChoices({ name: 'reset', value: 'reset' }),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('page')
        .setDescription('Get this channel’s private web page link, or replace it.')
        .addStringOption((o) =>
          o
            .setName('action')
            .setDescription('reset: replace the link (the old one stops working)')
            .addChoices({ name: 'reset', value: 'reset' }),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('follow')
        .setDescription(
          'Brief each new item of a feed (RSS, Atom, JSON Feed, or a page that links one) here.',
        )
        .addStringOption((o) =>
          o
            .setName('url')
            .setDescription('Feed or page address (https://…)')
            .setRequired(true)
            .setMaxLength(2000),
        )
        .addStringOption((o) =>
          o
            .setName('include')
            .setDescription('Only items mentioning one of these words (comma-separated)')
            .setMaxLength(500),
        )
        .addStringOption((o) =>
          o
            .setName('exclude')
            .setDescription('Skip items mentioning any of these words (comma-separated)')
            .setMaxLength(500),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('unfollow')
        .setDescription('Stop following a feed in this channel.')
        .addStringOption((o) =>
          o.setName('url').setDescription('The address you followed').setRequired(true).setMaxLength(2000),
        ),
    )
    .addSubcommand((s) =>
      s.setName('feeds').setDescription('The feeds this channel follows, with their state.'),
    )
    .addSubcommand((s) => s.setName('help').setDescription('What briefbot can do.'));
  return [brief.toJSON()];
}
