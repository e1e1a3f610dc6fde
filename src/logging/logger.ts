import pino from 'pino';
import type { Logger } from 'pino';

export type { Logger };

/** A pino logger: pretty when writing to a terminal, JSON lines otherwise (for log shippers). */
export function createLogger(options: { level: string; name?: string; pretty?: boolean }): Logger {
  const pretty = options.pretty ?? Boolean(process.stderr.isTTY);
  const base = { level: options.level, name: options.name ?? 'briefbot' };
  if (pretty) {
    return pino({
      ...base,
      transport: { target: 'pino-pretty', options: { destination: 2, colorize: true } },
    });
  }
  return pino(base, pino.destination(2));
}

/** A logger that drops everything: for tests and for library use without logging. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
