import { createHash } from 'node:crypto';
import { briefKeyOf } from './event-recorder';
import type { Brief } from '../engine/brief';

/** A date reference: 16 lowercase hex characters, nothing of the article in it. */
export const dateRefPattern = /^[0-9a-f]{16}$/;

/**
 * The id a posted brief's buttons carry for one of its dates: a hash of the brief's key and the date's
 * sentence. It names the date without carrying article text, and the channel's event that the date
 * became is found by it (a source of that event has the same brief and sentence).
 */
export function dateRefOf(briefKey: string, quote: string): string {
  return createHash('sha256')
    .update(`${briefKey}|${quote.replace(/\s+/g, ' ').trim()}`)
    .digest('hex')
    .slice(0, 16);
}

/** The date references of a brief's `next` items, in order. */
export function dateRefsOf(brief: Pick<Brief, 'url' | 'title' | 'next'>): string[] {
  const key = briefKeyOf(brief);
  return brief.next.map((n) => dateRefOf(key, n.quote));
}
