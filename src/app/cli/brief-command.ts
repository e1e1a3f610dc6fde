import { Option, type Command } from 'commander';
import { ConfigError, loadConfig } from '../../config/config';
import type { BriefEngine } from '../../engine/brief-engine';
import { createEngine, engineNames, type EngineName } from '../../engine/create-engine';
import { explainLines } from '../../engine/local/dates/explain-dates';
import { LocalEngine, isIsoDay } from '../../engine/local/local-engine';
import { createLogger } from '../../logging/logger';
import { CliError } from './cli-io';
import type { RegisterCommand } from './commands';
import { loadArticle } from './load-article';
import { renderBriefText } from './render-brief-text';

/** The engine for one CLI run: local needs nothing; openai/hybrid read OPENAI_* from the environment (no Redis: cache in memory). */
function cliEngine(name: EngineName, io: Parameters<RegisterCommand>[1]): BriefEngine {
  if (name === 'local') return new LocalEngine({ clock: io.clock });
  try {
    const config = loadConfig({ ...io.env, BRIEF_ENGINE: name });
    return createEngine(
      config,
      { clock: io.clock, logger: createLogger({ level: config.LOG_LEVEL, name: 'briefbot-cli' }) },
      name,
    );
  } catch (err) {
    if (err instanceof ConfigError) throw new CliError(err.problems.join('; '));
    throw err;
  }
}

/**
 * `briefbot brief FILE|- [--published YYYY-MM-DD] [--json] [--engine local|openai|hybrid]`: briefs one article
 * (local engine unless --engine says otherwise).
 * `--json` prints exactly the brief contract; otherwise a readable brief that says where `published` came from.
 */
export const briefCommand: RegisterCommand = (program: Command, io) => {
  program
    .command('brief')
    .description(
      'Brief an article (a .txt or .html file, a URL, or - for stdin): who, what, and the next dates',
    )
    .argument(
      '<file>',
      'a .txt article (title, a blank line, then the body), an .html/.htm/.html.gz page, an http(s) URL, or - for stdin',
    )
    .option(
      '--published <date>',
      "publication date (YYYY-MM-DD) that next dates resolve from; default: the page's date, else the dateline, else today",
    )
    .option('--json', 'print the brief as JSON (the brief contract)')
    .option(
      '--explain',
      'also print every dated mention with its value, verdict and the rule that decided it (local engine; to stderr with --json)',
    )
    .addOption(
      new Option('--engine <name>', 'brief engine; openai and hybrid need OPENAI_API_KEY (see .env.example)')
        .choices(engineNames)
        .default('local'),
    )
    .action(
      async (
        file: string,
        opts: { published?: string; json?: boolean; explain?: boolean; engine: EngineName },
      ) => {
        if (opts.published !== undefined && !isIsoDay(opts.published)) {
          throw new CliError(
            `--published must be a calendar day written YYYY-MM-DD (for example 2021-12-31), not "${opts.published}"`,
          );
        }
        if (opts.explain && opts.engine !== 'local')
          throw new CliError("--explain shows the local engine's rules; use it with --engine local");
        const article = await loadArticle(file, io);
        const options = opts.published !== undefined ? { published: opts.published } : {};
        if (opts.explain) {
          const { brief, dates } = new LocalEngine({ clock: io.clock }).explain(article, options);
          io.stdout.write(opts.json ? `${JSON.stringify(brief, null, 2)}\n` : renderBriefText(brief));
          const out = opts.json ? io.stderr : io.stdout;
          out.write(`${explainLines(dates, brief.published ?? '').join('\n')}\n`);
          return;
        }
        const brief = await cliEngine(opts.engine, io).brief(article, options);
        io.stdout.write(opts.json ? `${JSON.stringify(brief, null, 2)}\n` : renderBriefText(brief));
      },
    );
};
