import { Option, type Command } from 'commander';
import { datedFromFetch } from '../../briefing/fetched-date';
import { engineNames } from '../../engine/engine-names';
import { explainLines } from '../../engine/local/dates/explain-dates';
import { LocalEngine, isIsoDay } from '../../engine/local/local-engine';
import type { BriefOptions } from './brief-batch-run';
import { openCliEngine } from './cli-engine';
import { CliError } from './cli-io';
import type { RegisterCommand } from './register-command';
import { loadArticle } from './load-article';
import { renderBriefText } from './render-brief-text';

/* eslint-disable @typescript-eslint/no-require-imports, @typescript-eslint/consistent-type-imports -- lazy loads
   in CommonJS: one file briefed with the local engine loads no fetcher, extraction pool or batch code */
const batchRun = () => require('./brief-batch-run') as typeof import('./brief-batch-run');
const pageUrlOf = (url: string | undefined, inputs: string[]): string | undefined =>
  url === undefined
    ? undefined
    : (require('./extract-command') as typeof import('./extract-command')).checkedPageUrl(url, inputs);
/* eslint-enable @typescript-eslint/no-require-imports, @typescript-eslint/consistent-type-imports */

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
      "publication date (YYYY-MM-DD) that next dates resolve from; default: the page's date, else the dateline, else the day the file is read (kept: dates with their own year)",
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
        return batchRun().runBatch(inputs, opts, io, setExit);
      }
      const file = inputs[0];
      if (file === undefined)
        throw new CliError('give an article to brief: a file, a URL, or - for stdin (see --help)');
      const pageUrl = pageUrlOf(opts.url, [file]);
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
