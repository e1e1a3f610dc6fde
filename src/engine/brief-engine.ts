import type { Article } from './article';
import type { Brief } from './brief';

/**
 * The port every engine implements (local, openai, hybrid).
 * `brief` never throws for bad article text: it returns a brief with what it found
 * (possibly empty `who` and `next`). It may throw for infrastructure failures.
 */
export interface BriefEngine {
  readonly name: string;
  brief(article: Article, options?: BriefOptions): Promise<Brief>;
}

export interface BriefOptions {
  /** Overrides article.published as the reference date (YYYY-MM-DD). */
  published?: string;
  /** The article's language (ISO 639-1) when the caller knows it; detected from the text otherwise. */
  lang?: string;
}
