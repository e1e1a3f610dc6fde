import { randomUUID } from 'node:crypto';
import { canonicalUrl } from '../intake/canonical-url';
import type { ParsedFeed } from './feed-item';
import type { FeedDeps } from './feed-ports';
import type { ClaimItem, ClaimResult } from './redis-feed-store';

/**
 * Offers a parsed feed's items to the store's atomic claim. Each item's identities are its guid/id
 * (when the feed gives one) and its canonical link, so an item re-dated, reordered or re-published
 * under a new guid but the same link, or the same guid with a new link, is still a duplicate.
 */
export async function claimItems(deps: FeedDeps, feedId: string, feed: ParsedFeed): Promise<ClaimResult> {
  const items: ClaimItem[] = [];
  let noLink = 0;
  for (const item of feed.items) {
    let canonical: string;
    try {
      canonical = canonicalUrl(item.link ?? '');
    } catch {
      noLink += 1;
      deps.logger.info({ feedId, title: item.title }, 'feed item skipped: no usable link');
      continue;
    }
    const keys = [...(item.id !== undefined ? [`id:${item.id}`] : []), `link:${canonical}`];
    items.push({
      keys,
      link: canonical,
      title: item.title,
      summary: item.summary,
      ...(item.id !== undefined ? { id: item.id } : {}),
      ...(item.published !== undefined ? { published: item.published } : {}),
    });
  }
  if (noLink > 0) deps.metrics?.items('no_link', noLink);
  const result = await deps.store.claim(feedId, items, (deps.newId ?? randomUUID)(), deps.clock.now());
  if (result.kind === 'baseline') {
    deps.metrics?.items('baseline', items.length);
    deps.logger.info(
      { feedId, items: items.length },
      'feed items present at follow time recorded, not posted',
    );
  } else if (result.duplicates > 0) {
    deps.metrics?.items('duplicate', result.duplicates);
    deps.logger.debug(
      { feedId, duplicates: result.duplicates },
      'feed items already seen in the last 30 days',
    );
  }
  return result;
}
