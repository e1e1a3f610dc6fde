import type { Client } from 'discord.js';
import { Events, GatewayCloseCodes, GatewayIntentBits } from 'discord.js';

/**
 * Intents: Guilds for slash commands; when reading watched channels also GuildMessages and the
 * privileged MessageContent, which must be switched on in the Developer Portal first (else Discord
 * closes the gateway with 4014). https://discord.com/developers/docs/events/gateway#privileged-intents
 */
export function discordIntents(messageContent: boolean): GatewayIntentBits[] {
  return messageContent
    ? [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent]
    : [GatewayIntentBits.Guilds];
}

/** Discord closed the gateway with 4014: a privileged intent is not switched on for this application. */
export class DisallowedIntentsError extends Error {
  readonly code = 'DISCORD_DISALLOWED_INTENTS';
  constructor() {
    super('Discord refused the Message Content intent (gateway close code 4014 "Disallowed intent(s)")');
    this.name = 'DisallowedIntentsError';
  }
}

/** How to switch the intent on, for logs and replies. */
export const ENABLE_INTENT_HINT =
  'Developer Portal (https://discord.com/developers/applications) → your application → Bot → Privileged Gateway Intents → Message Content Intent';

/**
 * Logs `client` in and resolves once it is ready (READY and the guilds received). Rejects with
 * DisallowedIntentsError when Discord refuses the intents (the client is destroyed then), and with
 * the library's error for anything else. https://discord.com/developers/docs/events/gateway#connections
 */
export async function connectDiscordClient(client: Client, token: string): Promise<void> {
  const outcome = new Promise<'ready' | 'refused'>((resolve) => {
    client.once(Events.ClientReady, () => resolve('ready'));
    client.on(Events.ShardDisconnect, (event) => {
      if (event.code === GatewayCloseCodes.DisallowedIntents) resolve('refused');
    });
  });
  const login = client.login(token).then(
    () => outcome,
    (err: unknown) => {
      if (isDisallowedIntents(err)) return 'refused' as const;
      throw err;
    },
  );
  if ((await Promise.race([login, outcome])) === 'refused') {
    await client.destroy();
    throw new DisallowedIntentsError();
  }
}

/** The library's error for a 4014 close ("Used disallowed intents" / "Privileged intent provided …"). */
export function isDisallowedIntents(err: unknown): boolean {
  const message = err instanceof Error ? err.message : String(err);
  return /disallowed intents|privileged intent/i.test(message);
}
