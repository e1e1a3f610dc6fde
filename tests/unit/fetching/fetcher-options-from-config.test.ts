import { Writable } from 'node:stream';
import pino from 'pino';
import { ConfigError, loadConfig } from '../../../src/config/config';
import { fetcherOptionsFromConfig } from '../../../src/fetching/fetcher-options-from-config';

function recordingLogger(): { logger: pino.Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level: 'info' }, sink), lines };
}

describe('fetch settings from the environment', () => {
  it('uses 15 s, 5 MB and no allow list by default, and logs nothing', () => {
    const { logger, lines } = recordingLogger();
    const options = fetcherOptionsFromConfig(loadConfig({}), { logger });
    expect(options).toEqual({ timeoutMs: 15000, maxBytes: 5 * 1024 * 1024 });
    expect(lines).toHaveLength(0);
  });

  it('passes BRIEFBOT_FETCH_ALLOW entries on and warns about them at start-up', () => {
    const { logger, lines } = recordingLogger();
    const config = loadConfig({
      BRIEFBOT_FETCH_ALLOW: ' intranet.example:80, 10.1.2.3:8080 ,[fd00::1]:443',
      FETCH_TIMEOUT_MS: '5000',
    });
    const options = fetcherOptionsFromConfig(config, { logger });
    expect(options.allow).toEqual(['intranet.example:80', '10.1.2.3:8080', '[fd00::1]:443']);
    expect(options.timeoutMs).toBe(5000);
    expect(lines[0]?.msg).toContain('BRIEFBOT_FETCH_ALLOW is set');
    expect(lines[0]?.allow).toEqual(options.allow);
  });

  it.each(['intranet.example', 'http://intranet.example:80', '10.1.2.3:0', '10.1.2.3:70000', 'fd00::1:443'])(
    'rejects the allow entry %s with a message saying the expected form',
    (entry) => {
      expect(() => loadConfig({ BRIEFBOT_FETCH_ALLOW: entry })).toThrow(ConfigError);
      expect(() => loadConfig({ BRIEFBOT_FETCH_ALLOW: entry })).toThrow(/BRIEFBOT_FETCH_ALLOW=.*host:port/);
    },
  );

  it('rejects limits that are too small to fetch a page', () => {
    expect(() => loadConfig({ FETCH_TIMEOUT_MS: '5' })).toThrow(
      /FETCH_TIMEOUT_MS="5": must be at least 100 ms/,
    );
    expect(() => loadConfig({ FETCH_MAX_BYTES: '10' })).toThrow(
      /FETCH_MAX_BYTES="10": must be at least 1024 bytes/,
    );
  });
});
