import { truncate } from './embed-limits';

// Every ASCII character Discord's Markdown gives a meaning to: emphasis, spoilers, code, quotes,
// headings, lists, masked links, mentions and timestamps (<@…>, <#…>, <t:…>). A backslash before
// any of them shows the character itself.
const MARKDOWN_CHARACTER = /[-\\*_~`|>#[\]()<]/g;

/**
 * Article text (or a feed's, or a model's) as Discord Markdown that renders exactly as written:
 * one line, every Markdown character backslash-escaped, so "[verify](https://evil)", `**`, `||`, `#`
 * and `>` show as text. Pings are off separately (allowed_mentions in discord-chat-port.ts).
 * https://support.discord.com/hc/en-us/articles/210298617-Markdown-Text-101
 */
export function escapeDiscordMarkdown(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(MARKDOWN_CHARACTER, (c) => `\\${c}`)
    .replace(/^(\d+)\./, '$1\\.');
}

/** A URL percent-encoded where Markdown would read it: `(`, `)`, `[`, `]`, `<`, `>`, quotes, spaces. */
export function markdownSafeUrl(url: string): string {
  return url.replace(
    /[()[\]<>"'`\s]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/** `[label](url)` with the label escaped and cut to `max`, or the escaped label alone for a non-web URL. */
export function maskedLink(label: string, url: string, max = 120): string {
  const text = escapeDiscordMarkdown(truncate(label, max));
  return /^https?:\/\//i.test(url) ? `[${text}](${markdownSafeUrl(url)})` : text;
}
