import type { Destination } from '../core/destination';

/**
 * Tells the person behind a destination something only they see. Never throws. The brief service
 * and the deliver job call it; src/delivery/chat-ports.ts implements it over the chat ports.
 */
export interface RequesterNotifier {
  notify(destination: Destination, text: string): Promise<void>;
}
