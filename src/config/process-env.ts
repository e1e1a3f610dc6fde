/**
 * The process environment, for composition roots that pass it on to loadConfig. Its own module: the CLI reads it
 * at start, and loads the config schema (zod) only for the commands that need a config.
 */
export function processEnv(): Record<string, string | undefined> {
  return process.env;
}
