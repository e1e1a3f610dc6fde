import { ConfigError, loadConfig } from '../../src/config/config';

describe('configuration', () => {
  it('uses documented defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(config.BRIEF_ENGINE).toBe('local');
    expect(config.DEFAULT_TIMEZONE).toBe('UTC');
  });

  it('names the variable and what is accepted when a value is wrong', () => {
    expect(() => loadConfig({ DEFAULT_TIMEZONE: 'Mars/Olympus', BRIEF_ENGINE: 'gpt' })).toThrow(ConfigError);
    try {
      loadConfig({ DEFAULT_TIMEZONE: 'Mars/Olympus', BRIEF_ENGINE: 'gpt' });
    } catch (err) {
      const message = (err as Error).message;
      expect(message).toContain('DEFAULT_TIMEZONE="Mars/Olympus"');
      expect(message).toContain('IANA time zone');
      expect(message).toContain('BRIEF_ENGINE="gpt"');
      expect(message).toMatch(/local.*openai.*hybrid/);
    }
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ HTTP_PORT: '' }).HTTP_PORT).toBe(3000);
    expect(loadConfig({ HTTP_PORT: '8080' }).HTTP_PORT).toBe(8080);
  });
});
