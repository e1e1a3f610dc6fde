import fs from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../../config/config';
import type { Article } from '../../engine/article';
import { closeExtractionPool } from '../../extraction/extract-article';
import { createFetcher, type Fetcher } from '../../fetching/fetch-page';
import { fetcherOptionsFromConfig } from '../../fetching/fetcher-options-from-config';
import { CliError, type CliIO } from './cli-io';
import type { RegisterCommand } from './register-command';
import { isUrlInput, loadArticle } from './load-article';

/** The JSON `briefbot extract` prints for one input. */
export interface ExtractOutput {
  title: string;
  text: string;
  published: string | null;
  site: string | null;
  byline: string | null;
  lang: string | null;
  url: string | null;
}

export function extractOutput(article: Article): ExtractOutput {
  return {
    title: article.title,
    text: article.text,
    published: article.published ?? null,
    site: article.site ?? null,
    byline: article.byline ?? null,
    lang: article.lang ?? null,
    url: article.url ?? null,
  };
}

/** DIR/<name>.json for an input: the file's basename without its extension(s), or the URL's last path segment. */
export function outputName(input: string): string {
  let base: string;
  if (isUrlInput(input)) {
    const url = new URL(input);
    base = url.pathname.split('/').filter(Boolean).pop() ?? url.hostname;
    if (base === '') base = url.hostname;
  } else {
    base = path.basename(input);
  }
  const name = base.replace(/\.(?:gz|br)$/i, '').replace(/\.(?:html?|xhtml|txt|php|aspx?|jsp)$/i, '');
  return (name.replace(/[^\p{L}\p{N}._-]+/gu, '-') || 'article').slice(0, 120);
}

/** `--url`: an http(s) address, for one saved page (not for a URL input, which is its own address). */
export function checkedPageUrl(url: string | undefined, inputs: string[]): string | undefined {
  if (url === undefined) return undefined;
  if (!isUrlInput(url)) throw new CliError(`--url must be an http(s) address, not "${url}"`);
  try {
    new URL(url);
  } catch {
    throw new CliError(`--url is not a valid address: "${url}"`);
  }
  if (inputs.length !== 1 || isUrlInput(inputs[0]!))
    throw new CliError('--url names where one saved page came from: give exactly one file with it');
  return url;
}

function plainText(article: Article): string {
  const head = [
    article.title,
    [article.site, article.published, article.byline].filter(Boolean).join(' · '),
    article.url ?? '',
  ]
    .filter((line) => line !== '')
    .join('\n');
  return `${head}\n\n${article.text}\n`;
}

/**
 * `briefbot extract URL|FILE... [--json] [--out DIR]`: the article text and metadata of each page.
 * Every input is tried; a failing one prints its reason and the exit code is 1.
 */
export const extractCommand: RegisterCommand = (program: Command, io: CliIO, setExit) => {
  program
    .command('extract')
    .description('Extract the article text and metadata from web pages (URLs, or .html/.htm/.html.gz files)')
    .argument('<inputs...>', 'http(s) URLs or HTML files; .txt files are read as plain text')
    .option('--json', 'print {"title","text","published","site","byline","lang","url"} for each input')
    .option('--out <dir>', 'write DIR/<input name>.json for each input instead of printing')
    .option(
      '--url <url>',
      'the address a saved page came from (one file only): canonical link, site and URL date',
    )
    .action(async (inputs: string[], opts: { json?: boolean; out?: string; url?: string }) => {
      const pageUrl = checkedPageUrl(opts.url, inputs);
      if (opts.out !== undefined) await fs.mkdir(opts.out, { recursive: true });
      const names = new Set<string>();
      let fetcher: Fetcher | undefined;
      let failed = 0;
      try {
        for (const input of inputs) {
          try {
            if (isUrlInput(input)) fetcher ??= createFetcher(fetcherOptionsFromConfig(loadConfig(io.env)));
            const article = await loadArticle(input, io, {
              ...(fetcher ? { fetcher } : {}),
              ...(pageUrl !== undefined ? { pageUrl } : {}),
            });
            await emit(input, article);
          } catch (err) {
            failed++;
            const message = err instanceof Error ? err.message : String(err);
            io.stderr.write(
              `briefbot extract: ${err instanceof CliError || message.startsWith(input) ? message : `${input}: ${message}`}\n`,
            );
          }
        }
      } finally {
        await fetcher?.close();
        await closeExtractionPool();
      }
      if (failed > 0) setExit(1);

      async function emit(input: string, article: Article): Promise<void> {
        const output = extractOutput(article);
        if (opts.out === undefined) {
          io.stdout.write(opts.json ? `${JSON.stringify(output)}\n` : plainText(article));
          return;
        }
        let name = outputName(input);
        for (let n = 2; names.has(name); n++) name = `${outputName(input)}-${n}`;
        names.add(name);
        const file = path.join(opts.out, `${name}.json`);
        await fs.writeFile(file, `${JSON.stringify(output, null, 2)}\n`);
        io.stdout.write(`${input} -> ${file}\n`);
      }
    });
};
