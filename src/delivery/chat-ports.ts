import type { ChatPort, MessageMark } from '../chat/chat-port';
import type { Destination, Platform } from '../core/destination';
import type { RequesterNotifier } from '../briefing/requester-notifier';
import type { Logger } from '../logging/logger';

/** The worker's chat adapters by platform; a platform not configured is absent. */
export type ChatPorts = Partial<Record<Platform, ChatPort>>;

/** Tells the requester of a destination, through its platform's port; failures are logged, never thrown (no retry storms). */
export function createRequesterNotifier(ports: ChatPorts, logger: Logger): RequesterNotifier {
  return {
    async notify(destination: Destination, text: string) {
      const port = ports[destination.platform];
      if (!destination.requester || !port) {
        logger.info({ destination, text }, 'nobody to tell');
        return;
      }
      const messageId = destination.requester.messageId;
      if (messageId !== undefined)
        await markMessage(port, destination.channel, messageId, 'failed', logger, destination.team);
      try {
        await port.notify(destination.requester, destination.channel, text, destination.team);
      } catch (err) {
        logger.warn({ err, destination }, 'could not tell the requester');
      }
    },
  };
}

/** Marks a watched link's message ✅ / ⚠ where the platform can; never throws. */
export async function markMessage(
  port: ChatPort,
  channel: string,
  messageId: string,
  state: MessageMark,
  logger: Logger,
  team?: string,
): Promise<void> {
  if (!port.mark) return;
  try {
    await port.mark(channel, messageId, state, team);
  } catch (err) {
    logger.info({ err, channel, messageId, state }, 'could not mark the message');
  }
}
