import fs from 'node:fs/promises';
import zlib from 'node:zlib';
import type { Article } from '../../engine/article';
import { ExtractionError } from '../../extraction/errors';
import { decodeBody } from '../../fetching/charset';
import { FetchError } from '../../fetching/errors';
import type { Fetcher } from '../../fetching/fetch-page';
import { CliError, type CliIO } from './cli-io';

/* eslint-disable @typescript-eslint/no-require-imports, @typescript-eslint/consistent-type-imports -- lazy loads
   in CommonJS: a .txt article loads neither the extraction pool (linkedom, Readability), the fetcher (undici)
   nor the config schema (zod) */
const extraction = () =>
  require('../../extraction/extract-article') as typeof import('../../extraction/extract-article');
const fetching = () => ({
  ...(require('../../fetching/fetch-page') as typeof import('../../fetching/fetch-page')),
  ...(require('../../fetching/fetcher-options-from-config') as typeof import('../../fetching/fetcher-options-from-config')),
  ...(require('../../config/config') as typeof import('../../config/config')),
});
/* eslint-enable @typescript-eslint/no-require-imports, @typescript-eslint/consistent-type-imports */

/** Largest input file read as an article; larger ones are refused with a message. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

async function readAll(stream: NodeJS.ReadableStream, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > limit)
      throw new CliError(
        `input is larger than ${limit / 1024 / 1024} MB; briefbot reads articles, not archives`,
      );
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

/** True when the bytes look like a binary file rather than text (NUL bytes or many control characters). */
export function looksBinary(buf: Buffer): boolean {
  const sample = buf.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

/**
 * A plain-text article: the first line is the title when a blank line follows it.
 * Other inputs (HTML files, URLs) are handled by the extraction feature.
 */
export function articleFromText(raw: string): Article {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  if (lines.length > 2 && lines[0]!.trim() !== '' && lines[1]!.trim() === '') {
    return { title: lines[0]!.trim(), text: lines.slice(2).join('\n').trim() };
  }
  return { title: '', text: text.trim() };
}

/** What loadArticle may share across inputs: one fetcher for every URL of a command. */
export interface LoadArticleDeps {
  fetcher?: Fetcher;
  /** The address a saved page came from (`--url`): its canonical link, site name and a date in its path. */
  pageUrl?: string;
}

const HTML_FILE = /\.(?:html?|xhtml)(?:\.gz)?$/i;
const LOOKS_LIKE_HTML = /^\s*(?:<!doctype html|<html[\s>])/i;

/** True for inputs read as web addresses rather than files. */
export function isUrlInput(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

async function readFileInput(input: string): Promise<Buffer> {
  const stat = await fs.stat(input).catch(() => undefined);
  if (!stat) throw new CliError(`no such file: ${input}`);
  if (!stat.isFile()) throw new CliError(`not a file: ${input}`);
  if (stat.size > MAX_INPUT_BYTES) {
    throw new CliError(
      `${input} is ${(stat.size / 1024 / 1024).toFixed(1)} MB; briefbot reads articles up to ${MAX_INPUT_BYTES / 1024 / 1024} MB`,
    );
  }
  const raw = await fs.readFile(input);
  if (!/\.gz$/i.test(input)) return raw;
  try {
    return zlib.gunzipSync(raw, { maxOutputLength: MAX_INPUT_BYTES });
  } catch (err) {
    if (err instanceof RangeError)
      throw new CliError(
        `${input} unpacks to more than ${MAX_INPUT_BYTES / 1024 / 1024} MB; briefbot reads articles, not archives`,
      );
    throw new CliError(`${input} is not a readable gzip file`);
  }
}

async function fromHtml(html: string, url: string | undefined, input: string): Promise<Article> {
  try {
    return await extraction().extractArticle(html, url === undefined ? {} : { url });
  } catch (err) {
    if (err instanceof ExtractionError) throw new CliError(`${input}: ${err.message}`);
    throw err;
  }
}

async function fromUrl(url: string, io: CliIO, deps: LoadArticleDeps): Promise<Article> {
  const { createFetcher, fetcherOptionsFromConfig, loadConfig } = fetching();
  const fetcher = deps.fetcher ?? createFetcher(fetcherOptionsFromConfig(loadConfig(io.env)));
  try {
    const page = await fetcher.fetchPage(url);
    if (page.contentType === 'text/plain') return { ...articleFromText(page.body), url: page.finalUrl };
    return await fromHtml(page.body, page.finalUrl, url);
  } catch (err) {
    if (err instanceof FetchError) throw new CliError(`${url}: ${err.message}`);
    throw err;
  } finally {
    if (!deps.fetcher) await fetcher.close();
  }
}

/**
 * Reads `input` into an Article, with clear errors for bad input: "-" for stdin, a .txt file,
 * an .html/.htm/.html.gz page (extracted like a fetched page), or an http(s) URL (fetched through
 * the SSRF-safe fetcher, then extracted).
 */
export async function loadArticle(input: string, io: CliIO, deps: LoadArticleDeps = {}): Promise<Article> {
  if (isUrlInput(input)) return fromUrl(input, io, deps);
  const buf = input === '-' ? await readAll(io.stdin, MAX_INPUT_BYTES) : await readFileInput(input);
  if (buf.length === 0 || buf.toString('utf8').trim() === '')
    throw new CliError(`${input === '-' ? 'stdin' : input} is empty: nothing to brief`);
  if (looksBinary(buf))
    throw new CliError(`${input === '-' ? 'stdin' : input} looks like a binary file, not an article`);
  if (HTML_FILE.test(input) || LOOKS_LIKE_HTML.test(buf.subarray(0, 1024).toString('latin1'))) {
    return fromHtml(decodeBody(buf, undefined, true).text, deps.pageUrl, input);
  }
  return articleFromText(buf.toString('utf8'));
}
