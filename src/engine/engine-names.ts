import type { Config } from '../config/config';

/** The brief engines (BRIEF_ENGINE, `--engine`), in a module of their own so naming one loads no engine. */
export type EngineName = Config['BRIEF_ENGINE'];
export const engineNames: readonly EngineName[] = ['local', 'openai', 'hybrid'];
