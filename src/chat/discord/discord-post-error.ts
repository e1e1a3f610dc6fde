import { DiscordAPIError, HTTPError } from '@discordjs/rest';
import { ChatPostError } from '../chat-port';

/**
 * Turns what @discordjs/rest throws into a ChatPostError the worker can act on: a 5xx, a timeout or
 * a network failure is worth retrying; a missing channel or permission is not.
 * https://discord.com/developers/docs/topics/opcodes-and-status-codes#json
 */
export function toChatPostError(err: unknown, what: string): ChatPostError {
  if (err instanceof ChatPostError) return err;
  if (err instanceof DiscordAPIError) {
    const detail = `${what}: Discord answered ${err.status} (${String(err.code)}) ${err.message}`;
    if (err.status >= 500) return new ChatPostError(detail, 'DISCORD_UNAVAILABLE', true);
    if (err.status === 401)
      return new ChatPostError(`${detail}. Check DISCORD_TOKEN.`, 'DISCORD_UNAUTHORIZED', false);
    if (err.status === 403) {
      return new ChatPostError(
        `${detail}. Give the bot View Channel, Send Messages and Embed Links there.`,
        'DISCORD_FORBIDDEN',
        false,
      );
    }
    if (err.status === 404) return new ChatPostError(detail, 'DISCORD_NOT_FOUND', false);
    return new ChatPostError(detail, 'DISCORD_REJECTED', false);
  }
  if (err instanceof HTTPError) {
    return new ChatPostError(
      `${what}: Discord answered ${err.status}`,
      'DISCORD_UNAVAILABLE',
      err.status >= 500 || err.status === 408,
    );
  }
  const message = err instanceof Error ? err.message : String(err);
  return new ChatPostError(`${what}: ${message}`, 'DISCORD_UNREACHABLE', true);
}

/** The interaction token expired (15 minutes) or the webhook is gone: fall back to the channel. */
export function isExpiredInteraction(err: unknown): boolean {
  return (
    err instanceof DiscordAPIError &&
    (err.status === 404 || err.status === 401 || err.code === 50027 || err.code === 10015)
  );
}
