import type { Logger } from 'pino';
import type { DigestBriefLine, DigestView } from '../core/chat-message';
import type { Clock } from '../clock/clock';
import type { ChannelRef, ChannelSettingsStore } from '../storage/channel-settings-store';
import type { EventMarks } from '../storage/event-marks';
import type { DeliveredBriefLog } from './delivered-brief-log';
import { toEventLine } from './event-line';
import { firstSentence } from './first-sentence';
import type { ChatLookup } from './event-recorder';
import type { RedisEventLedger } from '../storage/redis/redis-event-ledger';
import { localParts } from './zoned-time';
import { postOptionsOf } from '../chat/chat-port';

export interface DigestSenderDeps {
  ledger: RedisEventLedger;
  delivered: DeliveredBriefLog;
  settings: ChannelSettingsStore;
  chat: ChatLookup;
  clock: Clock;
  logger: Logger;
  /** The day taken and the last digest sent (src/storage/redis/redis-event-marks.ts). */
  marks: Pick<EventMarks, 'takeDigestDay' | 'releaseDigestDay' | 'lastDigestAt' | 'setLastDigestAt'>;
}

export type DigestResult =
  { sent: true; view: DigestView } | { sent: false; reason: 'already-sent-today' | 'nothing-new' };

const weekMs = 7 * 86_400_000;
/** Platform limits: Slack blocks and Discord embeds hold a few dozen lines at most. */
const maxBriefs = 15;
const maxEvents = 20;
const maxWhat = 200;

/** The first sentence of `what`, cut to fit one digest line. */
export function oneLine(what: string): string {
  const first = firstSentence(what);
  return first.length <= maxWhat ? first : `${first.slice(0, maxWhat - 1).trimEnd()}…`;
}

/**
 * Posts a channel's digest: the briefs delivered since the previous digest and the events of
 * the next 7 days. Scheduled runs post at most once per local day (a retry or a doubled run
 * does nothing); `force` (`/brief digest now`) always posts.
 */
export async function sendDigest(
  ref: ChannelRef,
  deps: DigestSenderDeps,
  options: { force?: boolean } = {},
): Promise<DigestResult> {
  const settings = await deps.settings.get(ref);
  const now = deps.clock.now().getTime();
  const day = localParts(new Date(now), settings.timezone).date;
  if (!options.force && !(await deps.marks.takeDigestDay(ref, day))) {
    return { sent: false, reason: 'already-sent-today' };
  }
  try {
    const last = (await deps.marks.lastDigestAt(ref)) ?? now - 86_400_000;
    const briefs: DigestBriefLine[] = (await deps.delivered.between(ref, last, now))
      .reverse()
      .slice(0, maxBriefs)
      .map((b) => ({ ...b, what: oneLine(b.what) }));
    const events = (await deps.ledger.list(ref, { after: now, before: now + weekMs }))
      .slice(0, maxEvents)
      .map((e) => toEventLine(e, settings.timezone));
    const view: DigestView = { day, timezone: settings.timezone, briefs, events };
    if (briefs.length === 0 && events.length === 0 && settings.digestSkipEmpty && !options.force) {
      return { sent: false, reason: 'nothing-new' };
    }
    const port = deps.chat(ref.platform);
    if (!port) throw new Error(`No chat adapter for ${ref.platform} in this worker`);
    await port.post(ref.channel, { kind: 'digest', digest: view }, postOptionsOf(ref));
    await deps.marks.setLastDigestAt(ref, now);
    return { sent: true, view };
  } catch (err) {
    // Let the retry post it: the day is only taken once the digest went out.
    if (!options.force) await deps.marks.releaseDigestDay(ref, day);
    throw err;
  }
}
