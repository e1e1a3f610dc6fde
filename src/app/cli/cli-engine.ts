import { datingFromFetch } from '../../briefing/fetched-date';
import type { EngineName } from '../../engine/engine-names';
import { LocalEngine } from '../../engine/local/local-engine';
import type { CliEngine } from './cli-engine-handle';
import type { CliIO } from './cli-io';

export type { CliEngine } from './cli-engine-handle';

/**
 * The engine for one CLI run. `local` needs nothing; `openai` and `hybrid` (src/app/cli/cli-model-engine.ts) are
 * loaded only when asked for, so `briefbot brief` with the local engine never loads the OpenAI SDK or Redis client.
 */
export async function openCliEngine(name: EngineName, io: CliIO): Promise<CliEngine> {
  const handle = await openEngine(name, io);
  // A file or page with no publication date is dated from the day it was read, and says so.
  return { ...handle, engine: datingFromFetch(handle.engine, io.clock) };
}

async function openEngine(name: EngineName, io: CliIO): Promise<CliEngine> {
  if (name === 'local') return { engine: new LocalEngine({ clock: io.clock }), close: async () => {} };
  /* eslint-disable @typescript-eslint/no-require-imports, @typescript-eslint/consistent-type-imports -- a lazy load in CommonJS is require() */
  const { openCliModelEngine } = require('./cli-model-engine') as typeof import('./cli-model-engine');
  /* eslint-enable @typescript-eslint/no-require-imports, @typescript-eslint/consistent-type-imports */
  return openCliModelEngine(name, io);
}
