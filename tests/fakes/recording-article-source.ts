import type { ArticleSource } from '../../src/briefing/article-source';
import type { Article } from '../../src/engine/article';

/** An ArticleSource that answers from a map of URL → article (or error) and records each load. */
export class RecordingArticleSource implements ArticleSource {
  readonly loaded: string[] = [];

  constructor(private readonly pages: Record<string, Article | Error>) {}

  async load(url: string): Promise<Article> {
    this.loaded.push(url);
    const page = this.pages[url];
    if (page === undefined) throw Object.assign(new Error(`no page at ${url}`), { code: 'NOT_FOUND' });
    if (page instanceof Error) throw page;
    return page;
  }
}
