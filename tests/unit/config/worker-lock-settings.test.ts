import { ConfigError, loadConfig } from '../../../src/config/config';

describe('worker lock and stalled-check settings', () => {
  it("default to BullMQ's 30 s lock and 30 s stalled check", () => {
    const config = loadConfig({});
    expect(config.WORKER_LOCK_DURATION_MS).toBe(30_000);
    expect(config.WORKER_STALLED_INTERVAL_MS).toBe(30_000);
  });

  it('can be shortened for a faster takeover after a crash', () => {
    const config = loadConfig({ WORKER_LOCK_DURATION_MS: '5000', WORKER_STALLED_INTERVAL_MS: '1000' });
    expect(config.WORKER_LOCK_DURATION_MS).toBe(5000);
    expect(config.WORKER_STALLED_INTERVAL_MS).toBe(1000);
  });

  it('refuse a lock so short it could lapse while a big page is parsed, naming the variable', () => {
    let err: unknown;
    try {
      loadConfig({ WORKER_LOCK_DURATION_MS: '1000' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).message).toMatch(/WORKER_LOCK_DURATION_MS="1000": must be at least 5000 ms/);
  });

  it('refuse a value that is not a whole number of milliseconds', () => {
    expect(() => loadConfig({ WORKER_STALLED_INTERVAL_MS: 'soon' })).toThrow(/WORKER_STALLED_INTERVAL_MS/);
  });
});
