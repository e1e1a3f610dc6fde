import type { Article } from '../engine/article';
import type { ArticleSource } from './article-source';
import { checkedCanonical } from './canonical-link';

/** The parts of the fetcher and extractor a web article source needs. */
export interface WebArticleSourceDeps {
  fetchPage(
    url: string,
    signal?: AbortSignal,
  ): Promise<{ finalUrl: string; body: string; contentType?: string }>;
  extract(html: string, options: { url: string }): Promise<Article>;
}

/** A page behind a paywall or consent wall: briefing the teaser would mislead, so it is refused for good. */
export class PaywalledError extends Error {
  readonly code = 'PAYWALLED';
  readonly retryable = false;
  constructor(readonly url: string) {
    super('the article is behind a paywall, so there is nothing to brief');
    this.name = 'PaywalledError';
  }
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A text/plain page (wire copy) as the HTML the extractor reads: the first paragraph is the title, the
 * rest the article, every character escaped so angle brackets in the text stay text. Parsed as it
 * is, plain text has no element and yields no document.
 */
export function plainTextAsHtml(text: string): string {
  const paragraphs = text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '');
  const [title = '', ...body] = paragraphs;
  const html = (body.length > 0 ? body : [title]).map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  return `<!doctype html><html><head><title>${escapeHtml(title)}</title></head><body><article><h1>${escapeHtml(title)}</h1>\n${html}</article></body></html>`;
}

/** Fetch (SSRF-safe) → extract; refuses paywalled pages; keeps the page's canonical URL only if it is checked. */
export function createWebArticleSource(deps: WebArticleSourceDeps): ArticleSource {
  return {
    async load(url, signal) {
      const page = await deps.fetchPage(url, signal);
      const html = page.contentType === 'text/plain' ? plainTextAsHtml(page.body) : page.body;
      const article = await deps.extract(html, { url: page.finalUrl });
      if (article.health?.paywalled) throw new PaywalledError(page.finalUrl);
      return { ...article, url: checkedCanonical(page.finalUrl, article.url) };
    },
  };
}
