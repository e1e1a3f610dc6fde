import fs from 'node:fs/promises';
import path from 'node:path';
import readline from 'node:readline';
import { z } from 'zod';
import type { Article } from '../../engine/article';
import type { BriefEngine } from '../../engine/brief-engine';
import { isIsoDay } from '../../engine/local/local-engine';
import type { Fetcher } from '../../fetching/fetch-page';
import { CliError, type CliIO } from './cli-io';
import { outputName } from './extract-command';
import { articleFromText, isUrlInput, loadArticle } from './load-article';

/** What briefing many inputs in one process shares: the engine (loaded once) and, for URLs, one fetcher. */
export interface BatchDeps {
  io: CliIO;
  engine: BriefEngine;
  /** Opens the one fetcher of the run, the first time a URL comes. */
  fetcher: () => Fetcher;
}

async function briefOne(input: string, published: string | undefined, deps: BatchDeps): Promise<string> {
  const article = await loadArticle(input, deps.io, isUrlInput(input) ? { fetcher: deps.fetcher() } : {});
  const brief = await deps.engine.brief(article, published !== undefined ? { published } : {});
  return JSON.stringify(brief);
}

const message = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/**
 * `briefbot brief FILE... --out DIR`: one `DIR/<name>.json` per input (the file name without `.txt`, `.html`,
 * `.html.gz`; a URL's last path segment), in one process. A failing input prints its reason on stderr and the
 * others go on. Returns how many failed.
 */
export async function briefInputsToDir(
  inputs: string[],
  outDir: string,
  published: string | undefined,
  deps: BatchDeps,
): Promise<number> {
  await fs.mkdir(outDir, { recursive: true });
  const names = new Set<string>();
  let failed = 0;
  for (const input of inputs) {
    try {
      const json = await briefOne(input, published, deps);
      let name = outputName(input);
      for (let n = 2; names.has(name); n++) name = `${outputName(input)}-${n}`;
      names.add(name);
      const file = path.join(outDir, `${name}.json`);
      await fs.writeFile(file, `${JSON.stringify(JSON.parse(json), null, 2)}\n`);
      deps.io.stdout.write(`${input} -> ${file}\n`);
    } catch (err) {
      failed++;
      deps.io.stderr.write(
        `briefbot brief: ${message(err).startsWith(input) ? message(err) : `${input}: ${message(err)}`}\n`,
      );
    }
  }
  return failed;
}

/** One line of `briefbot brief --jsonl`: exactly one of file, url or text. */
const jsonlLine = z
  .object({
    file: z.string().min(1).optional(),
    url: z.string().min(1).optional(),
    text: z.string().min(1).optional(),
    title: z.string().optional(),
    published: z.string().refine(isIsoDay, 'published must be a calendar day written YYYY-MM-DD').optional(),
  })
  .refine((l) => [l.file, l.url, l.text].filter((v) => v !== undefined).length === 1, {
    message: 'each line needs exactly one of "file", "url" or "text"',
  });

async function articleOf(line: z.infer<typeof jsonlLine>, deps: BatchDeps): Promise<Article> {
  if (line.text !== undefined) {
    const article = articleFromText(line.text);
    return line.title !== undefined ? { ...article, title: line.title } : article;
  }
  const input = line.url ?? line.file!;
  if (line.url !== undefined && !isUrlInput(line.url))
    throw new CliError(`"url" must be an http(s) address: ${line.url}`);
  const article = await loadArticle(
    input,
    deps.io,
    line.url !== undefined ? { fetcher: deps.fetcher() } : {},
  );
  return line.title !== undefined ? { ...article, title: line.title } : article;
}

/**
 * `briefbot brief --jsonl`: reads lines `{"file"|"text"|"url", "published"?, "title"?}` on stdin and writes one
 * brief JSON per line, in order. A line that fails gives `{"error": "..."}` on its line; the rest go on.
 * Blank lines are skipped. Returns how many lines failed.
 */
export async function briefJsonl(deps: BatchDeps): Promise<number> {
  const lines = readline.createInterface({ input: deps.io.stdin, crlfDelay: Infinity });
  let failed = 0;
  let n = 0;
  for await (const raw of lines) {
    n++;
    if (raw.trim() === '') continue;
    try {
      let parsedJson: unknown;
      try {
        parsedJson = JSON.parse(raw);
      } catch {
        throw new CliError(`line ${n} is not JSON`);
      }
      const parsed = jsonlLine.safeParse(parsedJson);
      if (!parsed.success)
        throw new CliError(`line ${n}: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
      const article = await articleOf(parsed.data, deps);
      const brief = await deps.engine.brief(
        article,
        parsed.data.published !== undefined ? { published: parsed.data.published } : {},
      );
      deps.io.stdout.write(`${JSON.stringify(brief)}\n`);
    } catch (err) {
      failed++;
      deps.io.stdout.write(`${JSON.stringify({ error: message(err) })}\n`);
    }
  }
  return failed;
}
