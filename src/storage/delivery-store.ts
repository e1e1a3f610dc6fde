import type { Destination, MessageRef, Platform } from '../core/destination';

/**
 * Which brief was posted where: checked before posting (never twice) and read later to reply
 * in the brief's thread (reminders).
 */
export interface DeliveryRecords {
  /** `team`: the Slack team, when installed in several workspaces (ADR 035). */
  find(key: string, platform: Platform, channel: string, team?: string): Promise<MessageRef | null>;
  record(key: string, destination: Destination, ref: MessageRef): Promise<void>;
}
