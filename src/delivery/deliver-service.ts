import type { Destination, MessageRef } from '../core/destination';
import type { Brief } from '../engine/brief';
import { plainText } from '../feeds/feed-text';
import type { Logger } from '../logging/logger';
import type { DeliverJobData } from '../queue/payloads';
import type { BriefReader } from '../storage/brief-store';
import type { DeliveryRecords } from '../storage/delivery-store';
import { postOptionsOf } from '../chat/chat-port';
import { markMessage, type ChatPorts } from './chat-ports';

/** Called once a brief is posted (the events ledger records its `next` items here). Errors are logged, not retried. */
export type OnDelivered = (brief: Brief, destination: Destination, ref: MessageRef) => Promise<void>;

/** A delivery that can never succeed (brief gone, platform not configured). */
export class DeliveryError extends Error {
  readonly retryable = false;
  constructor(
    message: string,
    readonly code: 'BRIEF_MISSING' | 'NO_CHAT_PORT',
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}

/** Finds a channel's earlier post of the same story (one story, one post; src/feeds/story-index.ts). */
export interface StoryMatcher {
  earlierPost(key: string, destination: Destination): Promise<MessageRef | null>;
  posted(key: string, ref: MessageRef): Promise<void>;
  /** Runs `run` holding the channel's story claim: one match-and-post at a time per channel. */
  exclusive<T>(destination: Destination, run: () => Promise<T>): Promise<T>;
}

export interface DeliverServiceDeps {
  briefs: BriefReader;
  records: DeliveryRecords;
  chatPorts: ChatPorts;
  logger: Logger;
  onDelivered?: OnDelivered;
  /** The channel's zone, for times an article gave without one (brief, events, reminders agree). Default UTC. */
  channelZone?: (ref: { platform: Destination['platform']; channel: string }) => Promise<string>;
  metrics?: { delivered(platform: string): void };
  stories?: StoryMatcher;
}

/**
 * Posts a stored brief to one destination, exactly once: the record is checked first and written
 * right after the post, so a retried or re-run job finds it and does not post again.
 */
export class DeliverService {
  constructor(private readonly deps: DeliverServiceDeps) {}

  async deliver(
    job: DeliverJobData & { destination: Destination },
  ): Promise<{ ref: MessageRef; posted: boolean }> {
    const { deps } = this;
    const { key, destination } = job;
    const existing = await deps.records.find(
      key,
      destination.platform,
      destination.channel,
      destination.team,
    );
    // A re-brief (`again`) posts once more while the record still points at the earlier post.
    if (existing && existing.id !== destination.again) return { ref: existing, posted: false };
    const brief = await deps.briefs.get(key);
    if (!brief) throw new DeliveryError(`the brief ${key} is no longer stored`, 'BRIEF_MISSING');
    const port = deps.chatPorts[destination.platform];
    if (!port)
      throw new DeliveryError(`no chat adapter for ${destination.platform} in this worker`, 'NO_CHAT_PORT');
    const stories = deps.stories;
    if (destination.replyTo || !stories) return this.postBrief(key, brief, destination, port);
    // One story, one post: a later source of a story this channel already has goes in its thread.
    // Matching and posting hold the channel's story claim, so two sources at the same instant post once.
    if (destination.again) return this.postBrief(key, brief, destination, port);
    return stories.exclusive(destination, async () => {
      const earlier = await this.earlierPost(key, destination);
      if (earlier) return this.alsoCovered(key, brief, destination, earlier);
      return this.postBrief(key, brief, destination, port);
    });
  }

  private async postBrief(
    key: string,
    brief: Brief,
    destination: Destination,
    port: NonNullable<ChatPorts[Destination['platform']]>,
  ): Promise<{ ref: MessageRef; posted: boolean }> {
    const { deps } = this;
    const options = {
      ...postOptionsOf(destination),
      // A slash command's "Briefing <host>…" placeholder becomes the brief (no second message).
      ...(destination.placeholder
        ? {
            replace: {
              id: destination.placeholder,
              ...(destination.requester?.interactionToken
                ? { interactionToken: destination.requester.interactionToken }
                : {}),
            },
          }
        : {}),
    };
    const timezone = deps.channelZone ? await deps.channelZone(destination) : 'UTC';
    const ref = await port.post(destination.channel, { kind: 'brief', brief, timezone }, options);
    await deps.records.record(key, destination, ref);
    if (!destination.replyTo)
      await deps.stories
        ?.posted(key, ref)
        .catch((err: unknown) => deps.logger.warn({ err, key }, 'could not index the post'));
    const asked = destination.requester?.messageId;
    if (asked !== undefined)
      await markMessage(port, destination.channel, asked, 'done', deps.logger, destination.team);
    deps.metrics?.delivered(destination.platform);
    deps.logger.info(
      { key, platform: destination.platform, channel: destination.channel, id: ref.id },
      'brief delivered',
    );
    if (deps.onDelivered) {
      try {
        await deps.onDelivered(brief, destination, ref);
      } catch (err) {
        deps.logger.error({ err, key }, 'onDelivered hook failed');
      }
    }
    return { ref, posted: true };
  }

  private async earlierPost(key: string, destination: Destination): Promise<MessageRef | null> {
    try {
      return (await this.deps.stories?.earlierPost(key, destination)) ?? null;
    } catch (err) {
      this.deps.logger.warn({ err, key }, 'story matching failed; posting the brief');
      return null;
    }
  }

  /** "Also covered by <site>" in the earlier post's thread; the dates join the same events there. */
  private async alsoCovered(
    key: string,
    brief: Brief,
    destination: Destination,
    earlier: MessageRef,
  ): Promise<{ ref: MessageRef; posted: boolean }> {
    const { deps } = this;
    const port = deps.chatPorts[destination.platform];
    if (!port)
      throw new DeliveryError(`no chat adapter for ${destination.platform} in this worker`, 'NO_CHAT_PORT');
    const url = brief.url ?? '';
    const site = plainText(brief.site ?? hostOf(url), 100);
    const link = /^https?:\/\//i.test(url) ? { link: { url, title: brief.title } } : {};
    const note = await port.post(
      destination.channel,
      { kind: 'notice', text: `Also covered by ${site}`, ...link },
      postOptionsOf({ replyTo: earlier.id, team: destination.team }),
    );
    await deps.records.record(key, destination, note);
    deps.logger.info(
      { key, channel: destination.channel, thread: earlier.id },
      'same story: added to the earlier brief’s thread',
    );
    if (deps.onDelivered) {
      try {
        await deps.onDelivered(brief, destination, earlier);
      } catch (err) {
        deps.logger.error({ err, key }, 'onDelivered hook failed');
      }
    }
    return { ref: note, posted: true };
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return 'another site';
  }
}
