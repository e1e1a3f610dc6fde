import type { FeedItem } from './feed-item';

/** A channel's include / exclude words for one feed (lower-case, as typed). */
export interface ItemFilter {
  include: string[];
  exclude: string[];
}

/** Why an item was not posted to a channel, or null when it passes. */
export function filterVerdict(item: Pick<FeedItem, 'title' | 'summary'>, filter: ItemFilter): string | null {
  const text = `${item.title} ${item.summary}`.toLowerCase();
  const has = (word: string) => wordPattern(word).test(text);
  const excluded = filter.exclude.find(has);
  if (excluded !== undefined) return `excluded by the word "${excluded}"`;
  if (filter.include.length > 0 && !filter.include.some(has))
    return `none of the include words (${filter.include.join(', ')}) is in its title or summary`;
  return null;
}

/** A word or phrase matched on word boundaries ("art" does not match "start"). */
function wordPattern(word: string): RegExp {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u');
}

/** Parses "w1,w2" (from `include:w1,w2`) into lower-case words; blanks dropped, at most 20. */
export function parseWordList(text: string): string[] {
  return text
    .split(',')
    .map((w) => w.trim().toLowerCase())
    .filter((w) => w !== '' && w.length <= 60)
    .slice(0, 20);
}
