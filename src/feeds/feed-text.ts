/**
 * Feed titles and item titles are untrusted: they reach chat as plain text only. Characters that
 * Slack or Discord read as markup or mentions are replaced, and the text is shortened.
 */
export function plainText(text: string, max = 200): string {
  const flat = text
    .replace(/[<>`*_~|[\]@#]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** "and 12 more from <feed>:" and one line per item (title and link), within `maxLines`. */
export function moreItemsText(
  feedTitle: string,
  items: Array<{ title: string; link: string }>,
  maxLines = 15,
): string {
  const lines = items.slice(0, maxLines).map((i) => `• ${plainText(i.title || i.link, 150)} ${i.link}`);
  const rest = items.length - lines.length;
  const tail = rest > 0 ? [`…and ${rest} more in the feed.`] : [];
  return [`…and ${items.length} more from ${plainText(feedTitle, 100)}:`, ...lines, ...tail].join('\n');
}
