/**
 * Markup for the server-rendered pages. Every interpolated value is escaped unless it is already
 * `SafeHtml` (built by `html` itself), so article text and model output can never become markup.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** What a template may interpolate: markup built by `html`, or plain values that get escaped. */
export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/** Text safe inside element content and double- or single-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => entities[c] ?? c);
}

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false || value === true) return '';
  return escapeHtml(String(value));
}

/** Tagged template: `html\`<p>${text}</p>\`` escapes `text`; nested `html` results stay markup. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

/**
 * The link target for an untrusted URL: only absolute http(s) URLs without credentials, as the
 * URL parser normalised them; anything else (javascript:, data:, relative paths) gives null.
 */
export function safeHref(url: string | undefined | null): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  if (parsed.username || parsed.password) return null;
  return parsed.href;
}

/** An outside link that tells the site nothing of where it came from; plain text when the URL is unsafe. */
export function externalLink(url: string | undefined | null, text: HtmlValue): SafeHtml {
  const href = safeHref(url);
  if (href === null) return html`${text}`;
  return html`<a href="${href}" rel="noopener noreferrer nofollow">${text}</a>`;
}
