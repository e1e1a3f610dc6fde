import { loadConfig } from '../../config/config';
import type { BriefEngine } from '../../engine/brief-engine';
import type { EngineName } from '../../engine/engine-names';
import { closeExtractionPool } from '../../extraction/extract-article';
import { createFetcher, type Fetcher } from '../../fetching/fetch-page';
import { fetcherOptionsFromConfig } from '../../fetching/fetcher-options-from-config';
import { briefInputsToDir, briefJsonl } from './batch-brief';
import { openCliEngine } from './cli-engine';
import { CliError } from './cli-io';
import type { RegisterCommand } from './register-command';
import { isUrlInput, loadArticle } from './load-article';
import { renderBriefText } from './render-brief-text';

/** The options of `briefbot brief` (src/app/cli/brief-command.ts). */
export interface BriefOptions {
  published?: string;
  url?: string;
  json?: boolean;
  explain?: boolean;
  engine: EngineName;
  out?: string;
  jsonl?: boolean;
}

/** Many inputs in one process (`--out DIR`, `--jsonl`, or several files printed one JSON line each). */
export async function runBatch(
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
