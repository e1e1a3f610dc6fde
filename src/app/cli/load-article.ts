import fs from 'node:fs/promises';
import type { Article } from '../../engine/article';
import { CliError, type CliIO } from './cli-io';

/** Largest input file read as an article; larger ones are refused with a message. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

async function readAll(stream: NodeJS.ReadableStream, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > limit) throw new CliError(`input is larger than ${limit / 1024 / 1024} MB; briefbot reads articles, not archives`);
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

/** Reads `input` ("-" for stdin, or a .txt path) into an Article, with clear errors for bad input. */
export async function loadArticle(input: string, io: CliIO): Promise<Article> {
  let buf: Buffer;
  if (input === '-') {
    buf = await readAll(io.stdin, MAX_INPUT_BYTES);
  } else {
    const stat = await fs.stat(input).catch(() => undefined);
    if (!stat) throw new CliError(`no such file: ${input}`);
    if (!stat.isFile()) throw new CliError(`not a file: ${input}`);
    if (stat.size > MAX_INPUT_BYTES) {
      throw new CliError(`${input} is ${(stat.size / 1024 / 1024).toFixed(1)} MB; briefbot reads articles up to ${MAX_INPUT_BYTES / 1024 / 1024} MB`);
    }
    buf = await fs.readFile(input);
  }
  if (buf.length === 0 || buf.toString('utf8').trim() === '') throw new CliError(`${input === '-' ? 'stdin' : input} is empty: nothing to brief`);
  if (looksBinary(buf)) throw new CliError(`${input === '-' ? 'stdin' : input} looks like a binary file, not an article`);
  return articleFromText(buf.toString('utf8'));
}
