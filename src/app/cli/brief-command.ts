import { Option, type Command } from 'commander';
import { datedFromFetch } from '../../briefing/fetched-date';
import { loadConfig } from '../../config/config';
import type { BriefEngine } from '../../engine/brief-engine';
import { engineNames, type EngineName } from '../../engine/engine-names';
import { explainLines } from '../../engine/local/dates/explain-dates';
import { LocalEngine, isIsoDay } from '../../engine/local/local-engine';
import { briefInputsToDir, briefJsonl } from './batch-brief';
import { openCliEngine } from './cli-engine';
import { CliError } from './cli-io';
import type { RegisterCommand } from './register-command';
import { isUrlInput, loadArticle } from './load-article';
import { createFetcher, type Fetcher } from '../../fetching/fetch-page';
import { fetcherOptionsFromConfig } from '../../fetching/fetcher-options-from-config';
import { closeExtractionPool } from '../../extraction/extract-article';
import { checkedPageUrl } from './extract-command';
import { renderBriefText } from './render-brief-text';

interface BriefOptions {
  published?: string;
  url?: string;
  json?: boolean;
  explain?: boolean;
  engine: EngineName;
  out?: string;
  jsonl?: boolean;
}

/** Many inputs in one process (`--out DIR`, `--jsonl`, or several files printed one JSON line each). */
async function runBatch(
  inputs: string[],
  opts: BriefOptions,
  io: Parameters<RegisterCommand>[1],
  setExit: (code: number) => void,
): Promise<void> {
  if (opts.jsonl && inputs.length > 0)
    throw new CliError('--jsonl reads its inputs from stdin: give no files with it');
  if (!opts.jsonl && inputs.length === 0)
    throw new CliError('give the articles to brief (files or URLs), or --jsonl');
  const { engine, close } = await openCliEngine(opts.engine, io);
  let fetcher: Fetcher | undefined;
  const deps = {
    io,
    engine,
    fetcher: () => (fetcher ??= createFetcher(fetcherOptionsFromConfig(loadConfig(io.env)))),
  };
  try {
    let failed: number;
    if (opts.jsonl) failed = await briefJsonl(deps);
    else if (opts.out !== undefined) failed = await briefInputsToDir(inputs, opts.out, opts.published, deps);
    else failed = await printEach(inputs, opts, deps);
    if (failed > 0) setExit(1);
  } finally {
    await fetcher?.close();
    await close();
    await closeExtractionPool();
  }
}

/** Several inputs without --out: one brief JSON per line (the contract), or the readable briefs one after another. */
async function printEach(
  inputs: string[],
  opts: BriefOptions,
  deps: { io: Parameters<RegisterCommand>[1]; engine: BriefEngine; fetcher: () => Fetcher },
): Promise<number> {
  let failed = 0;
  for (const input of inputs) {
    try {
      const article = await loadArticle(input, deps.io, isUrlInput(input) ? { fetcher: deps.fetcher() } : {});
      const brief = await deps.engine.brief(
        article,
        opts.published !== undefined ? { published: opts.published } : {},
      );
      deps.io.stdout.write(opts.json ? `${JSON.stringify(brief)}\n` : `${renderBriefText(brief)}\n`);
    } catch (err) {
      failed++;
      deps.io.stderr.write(`briefbot brief: ${input}: ${err instanceof Error ? err.message : String(err)}\n`);
    }
  }
  return failed;
}

/**
 * `briefbot brief FILE|- [--published YYYY-MM-DD] [--json] [--engine local|openai|hybrid]`: briefs one article
 * (local engine unless --engine says otherwise).
 * `--json` prints exactly the brief contract; otherwise a readable brief that says where `published` came from.
 */
export const briefCommand: RegisterCommand = (program: Command, io, setExit) => {
  program
    .command('brief')
    .description(
      'Brief an article (a .txt or .html file, a URL, or - for stdin): who, what, and the next dates',
    )
    .argument(
      '[inputs...]',
      'a .txt article (title, a blank line, then the body), an .html/.htm/.html.gz page, an http(s) URL, or - for stdin; several with --out',
    )
    .option(
      '--published <date>',
      "publication date (YYYY-MM-DD) that next dates resolve from; default: the page's date, else the dateline, else today",
    )
    .option('--json', 'print the brief as JSON (the brief contract)')
    .option(
      '--out <dir>',
      'brief every input in one process: DIR/<name>.json each (name = file name without .txt/.html/.html.gz)',
    )
    .option(
      '--jsonl',
      'read lines {"file"|"text"|"url", "published"?, "title"?} on stdin; write one brief JSON (or {"error"}) per line',
    )
    .option(
      '--explain',
      'also print every dated mention with its value, verdict and the rule that decided it (local engine; to stderr with --json)',
    )
    .option('--url <url>', 'the address a saved page came from: canonical link, site and URL date')
    .addOption(
      new Option('--engine <name>', 'brief engine; openai and hybrid need OPENAI_API_KEY (see .env.example)')
        .choices(engineNames)
        .default('local'),
    )
    .action(async (inputs: string[], opts: BriefOptions) => {
      if (opts.published !== undefined && !isIsoDay(opts.published)) {
        throw new CliError(
          `--published must be a calendar day written YYYY-MM-DD (for example 2021-12-31), not "${opts.published}"`,
        );
      }
      if (opts.explain && opts.engine !== 'local')
        throw new CliError("--explain shows the local engine's rules; use it with --engine local");
      if (opts.jsonl || opts.out !== undefined || inputs.length > 1) {
        if (opts.explain) throw new CliError('--explain briefs one article at a time: give one file');
        return runBatch(inputs, opts, io, setExit);
      }
      const file = inputs[0];
      if (file === undefined)
        throw new CliError('give an article to brief: a file, a URL, or - for stdin (see --help)');
      const pageUrl = checkedPageUrl(opts.url, [file]);
      const article = await loadArticle(file, io, pageUrl !== undefined ? { pageUrl } : {});
      const options = opts.published !== undefined ? { published: opts.published } : {};
      if (opts.explain) {
        const explained = new LocalEngine({ clock: io.clock }).explain(article, options);
        const { dates } = explained;
        const brief =
          opts.published === undefined && explained.brief.publishedSource === 'today'
            ? datedFromFetch(explained.brief, io.clock.now().toISOString().slice(0, 10))
            : explained.brief;
        io.stdout.write(opts.json ? `${JSON.stringify(brief, null, 2)}\n` : renderBriefText(brief));
        const out = opts.json ? io.stderr : io.stdout;
        out.write(`${explainLines(dates, brief.published ?? '').join('\n')}\n`);
        return;
      }
      const { engine, close } = await openCliEngine(opts.engine, io);
      let brief;
      try {
        brief = await engine.brief(article, options);
      } finally {
        await close();
      }
      io.stdout.write(opts.json ? `${JSON.stringify(brief, null, 2)}\n` : renderBriefText(brief));
    });
};
