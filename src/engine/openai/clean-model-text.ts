import type { ArticleIndex } from './article-index';

/** Longest `what` a brief may carry. */
export const MAX_WHAT_CHARS = 300;

// Slack and Discord mentions in markup form: <!here>, <!channel>, <!subteam^S1>, <@U123>, <@!123>, <@&123>, <#C123>.
const CHAT_MARKUP_MENTION = /<[!@#][^<>]*>/g;
// Plain-text mass mentions; a lookbehind keeps e-mail addresses ("desk@here.org") out of it.
const MASS_MENTION = /(?<![\w.])[@＠](?:channel|here|everyone|all)\b/giu;
// Slack links <https://x|label> and Markdown links [label](https://x): keep the label only.
const SLACK_LINK = /<((?:https?|mailto):[^|<>\s]*)(?:\|([^<>]*))?>/gi;
const MARKDOWN_LINK = /!?\[([^\]]*)\]\(([^)\s]*)[^)]*\)/g;
const HTML_TAG = /<\/?[a-z][^<>]*>/gi;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+/gi;
// Bare domains ("win.example.net/claim"); the TLD must be letters so "3.5" and "U.S." are not domains.
const BARE_DOMAIN = /\b(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,24}\b(?:\/[^\s<>"')\]]*)?/gi;
const EMPHASIS = /(\*\*|__|~~|`+)/g;
const SINGLE_EMPHASIS = /(^|[\s(])[*_]([^*_\n]+)[*_](?=[\s).,;:!?]|$)/g;
const LINE_MARKUP = /^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+)/gm;

/** Cuts at a word boundary before `max` characters, adding an ellipsis when something was cut. */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  const space = head.lastIndexOf(' ');
  return `${(space > max / 2 ? head.slice(0, space) : head).replace(/[\s,;:.-]+$/, '')}…`;
}

/**
 * Makes model-written text safe to post: no mass or user mentions, no links the article does not contain,
 * no HTML/Markdown/Slack markup, one line, at most `max` characters. The article (`source`) decides which
 * links may stay: a link the model invented (or was told to add by the article's own instructions
 * elsewhere) is removed with the words that carried it.
 */
export function cleanModelText(text: string, source: ArticleIndex, max = MAX_WHAT_CHARS): string {
  const keepLink = (link: string): string => (source.includes(link) ? link : '');
  let out = text
    .replace(SLACK_LINK, (_m, url: string, label?: string) => (label !== undefined ? label : keepLink(url)))
    .replace(MARKDOWN_LINK, (_m, label: string, url: string) =>
      source.includes(url) ? `${label} (${url})` : label,
    )
    .replace(CHAT_MARKUP_MENTION, ' ')
    .replace(HTML_TAG, ' ')
    .replace(/[<>]/g, ' ')
    .replace(MASS_MENTION, ' ')
    .replace(URL, (m) => keepLink(m.replace(/[.,;:!?]+$/, '')))
    .replace(BARE_DOMAIN, (m) => (source.includes(m) ? m : ''))
    .replace(LINE_MARKUP, '')
    .replace(EMPHASIS, '')
    .replace(SINGLE_EMPHASIS, '$1$2');
  // eslint-disable-next-line no-control-regex -- control characters are never brief text
  out = out.replace(/[\u0000-\u001f\u007f\u200b-\u200f\u2028-\u202e\u2066-\u2069]/g, ' ');
  out = out
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:!?])/g, '$1')
    .replace(/\(\s*\)/g, '')
    .trim();
  return cutAtWord(out, max);
}
