import { Option, type Command } from 'commander';
import { ConfigError, loadConfig } from '../../config/config';
import type { BriefEngine } from '../../engine/brief-engine';
import { createEngine, engineNames, type EngineName } from '../../engine/create-engine';
import { LocalEngine, isIsoDay } from '../../engine/local/local-engine';
import { createLogger } from '../../logging/logger';
import { CliError } from './cli-io';
import type { RegisterCommand } from './commands';
import { checkedPageUrl } from './extract-command';
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
    .option('--url <url>', 'the address a saved page came from: canonical link, site and URL date')
    .addOption(
      new Option('--engine <name>', 'brief engine; openai and hybrid need OPENAI_API_KEY (see .env.example)')
        .choices(engineNames)
        .default('local'),
    )
    .action(
      async (
        file: string,
        opts: { published?: string; json?: boolean; engine: EngineName; url?: string },
      ) => {
        if (opts.published !== undefined && !isIsoDay(opts.published)) {
          throw new CliError(
            `--published must be a calendar day written YYYY-MM-DD (for example 2021-12-31), not "${opts.published}"`,
          );
        }
        const pageUrl = checkedPageUrl(opts.url, [file]);
        const article = await loadArticle(file, io, pageUrl !== undefined ? { pageUrl } : {});
        const engine = cliEngine(opts.engine, io);
        const brief = await engine.brief(
          article,
          opts.published !== undefined ? { published: opts.published } : {},
        );
        io.stdout.write(opts.json ? `${JSON.stringify(brief, null, 2)}\n` : renderBriefText(brief));
      },
    );
};
