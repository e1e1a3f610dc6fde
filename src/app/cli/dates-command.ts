import fs from 'node:fs/promises';
import readline from 'node:readline';
import type { Command } from 'commander';
import { parseCalendarDate } from '../../engine/local/dates/calendar-date';
import { explainLines } from '../../engine/local/dates/explain-dates';
import type { DateMention } from '../../engine/local/dates/resolve-dates';
import {
  explainTextInLanguage,
  resolveDatesInLanguage,
} from '../../engine/local/languages/resolve-dates-in-language';
import { CliError, type CliIO } from './cli-io';
import type { RegisterCommand } from './register-command';
import { looksBinary, MAX_INPUT_BYTES } from './load-article';

/** The JSON shape of one resolved text: `{"dates":[{"text","index","date"}]}`. */
function datesJson(mentions: DateMention[]): { dates: Array<{ text: string; index: number; date: string }> } {
  return { dates: mentions.map((m) => ({ text: m.text, index: m.index, date: m.date })) };
}

function todayIso(io: CliIO): string {
  return io.clock.now().toISOString().slice(0, 10);
}

/** One input line `{"reference","text"}` → one output line; a bad line gets an `error` and no dates. */
function resolveLine(line: string): string {
  try {
    const input = JSON.parse(line) as unknown;
    if (typeof input !== 'object' || input === null)
      throw new Error('each line must be a JSON object {"reference","text"}');
    const { reference, text, lang } = input as { reference?: unknown; text?: unknown; lang?: unknown };
    if (typeof text !== 'string') throw new Error('"text" must be a string');
    if (typeof reference !== 'string' || !parseCalendarDate(reference))
      throw new Error('"reference" must be a day written YYYY-MM-DD');
    const language = typeof lang === 'string' ? lang : undefined;
    return JSON.stringify(datesJson(resolveDatesInLanguage(text, reference, language)));
  } catch (err) {
    const message =
      err instanceof SyntaxError
        ? `not JSON: ${err.message}`
        : err instanceof Error
          ? err.message
          : String(err);
    return JSON.stringify({ dates: [], error: message });
  }
}

async function runJsonl(io: CliIO): Promise<void> {
  const lines = readline.createInterface({ input: io.stdin, crlfDelay: Infinity });
  for await (const line of lines) io.stdout.write(`${resolveLine(line)}\n`);
}

async function readInput(input: string, io: CliIO): Promise<string> {
  if (input === '-') {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of io.stdin) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += buf.length;
      if (size > MAX_INPUT_BYTES)
        throw new CliError(`input is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB`);
      chunks.push(buf);
    }
    const buf = Buffer.concat(chunks);
    if (looksBinary(buf)) throw new CliError('stdin looks like a binary file, not text');
    return buf.toString('utf8');
  }
  const stat = await fs.stat(input).catch(() => undefined);
  if (!stat?.isFile()) return input; // not a file: the argument is the text itself
  if (stat.size > MAX_INPUT_BYTES)
    throw new CliError(`${input} is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB`);
  const buf = await fs.readFile(input);
  if (looksBinary(buf)) throw new CliError(`${input} looks like a binary file, not text`);
  return buf.toString('utf8');
}

function renderText(mentions: DateMention[], reference: string): string {
  if (mentions.length === 0) return `No dates found (reference ${reference}).\n`;
  const rows = mentions.map((m) => {
    const extra = m.time ? ` at ${m.time}${m.timezone ? ` ${m.timezone}` : ''}` : '';
    return `  ${m.date.padEnd(10)}  "${m.text}"${extra}  (offset ${m.index})`;
  });
  return `Dates (reference ${reference}):\n${rows.join('\n')}\n`;
}

/**
 * `briefbot dates [TEXT|FILE|-] --reference YYYY-MM-DD [--json]`, and `--jsonl` to resolve many texts in
 * one process (stdin lines `{"reference","text"}`, stdout lines `{"dates":[...]}`).
 */
export const datesCommand: RegisterCommand = (program: Command, io) => {
  program
    .command('dates')
    .description('List every dated expression of a text (past or future) with its resolved date')
    .argument('[input]', 'the text itself, a file, or - for stdin')
    .option('--reference <date>', 'the day the text was written (YYYY-MM-DD); default: today')
    .option('--json', 'print {"dates":[{"text","index","date"}]}')
    .option('--lang <code>', 'the language of the text (en, fr, de, es...); default: detected from the text')
    .option(
      '--explain',
      'also say, for every dated mention, whether it is a next date of a text written on --reference and which rule decided',
    )
    .option(
      '--jsonl',
      'read JSON lines {"reference","text","lang"?} on stdin, write one {"dates":[...]} line for each',
    )
    .action(
      async (
        input: string | undefined,
        opts: { reference?: string; json?: boolean; jsonl?: boolean; explain?: boolean; lang?: string },
      ) => {
        if (opts.jsonl) {
          await runJsonl(io);
          return;
        }
        if (input === undefined) throw new CliError('give a text, a file or - (stdin); or use --jsonl');
        const reference = opts.reference ?? todayIso(io);
        if (!parseCalendarDate(reference)) {
          throw new CliError(
            `--reference must be a calendar day written YYYY-MM-DD (for example 2021-12-31), not "${reference}"`,
          );
        }
        const text = await readInput(input, io);
        const mentions = resolveDatesInLanguage(text, reference, opts.lang);
        io.stdout.write(
          opts.json ? `${JSON.stringify(datesJson(mentions))}\n` : renderText(mentions, reference),
        );
        if (opts.explain) {
          // With --json the explanation goes to stderr, so stdout stays one JSON document.
          const out = opts.json ? io.stderr : io.stdout;
          out.write(
            `${explainLines(explainTextInLanguage(text, reference, opts.lang), reference).join('\n')}\n`,
          );
        }
      },
    );
};
