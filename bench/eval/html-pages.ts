import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Article } from '../../src/engine/article';
import { extractArticle } from '../../src/extraction/extract-article';
import { decodeBody } from '../../src/fetching/charset';

/** Where the benchmark keeps the HTML of a dev page: `../benchmarks/pubdate/pages/<id>.html.gz`. */
export function htmlPageFile(pagesDir: string, id: string): string {
  return path.resolve(pagesDir, '..', '..', 'benchmarks', 'pubdate', 'pages', `${id}.html.gz`);
}

/**
 * The article of a dev page as `briefbot brief <page>.html.gz` reads it: the HTML decoded and extracted
 * (title, text, the page's own publication date), with no URL and no date given.
 */
export async function articleFromHtmlPage(file: string): Promise<Article | undefined> {
  if (!fs.existsSync(file)) return undefined;
  const buf = zlib.gunzipSync(fs.readFileSync(file));
  return extractArticle(decodeBody(buf, undefined, true).text, {});
}
