/** At most this many links of one message are briefed (a pasted list of 40 links is not 40 briefs). */
export const maxLinksPerMessage = 5;

/**
 * The web links in a Slack message's text. Slack wraps them as `<https://…>` or `<https://…|label>`
 * and escapes `&` as `&amp;` inside. Mentions (`<@U…>`, `<!here>`, `<#C…>`) are not links.
 * https://api.slack.com/reference/surfaces/formatting#links-in-retrieved-messages
 */
export function messageLinks(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/<(https?:\/\/[^>|\s]+)(?:\|[^>]*)?>/gi)) {
    const url = (match[1] ?? '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    if (url && !found.includes(url)) found.push(url);
    if (found.length >= maxLinksPerMessage) break;
  }
  return found;
}
