import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, configSchema, loadConfig } from '../../src/config/config';

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

  it('documents every variable in .env.example', () => {
    const example = readFileSync(path.join(__dirname, '..', '..', '.env.example'), 'utf8');
    const documented = new Set([...example.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]));
    expect(Object.keys(configSchema.shape).filter((name) => !documented.has(name))).toEqual([]);
  });

  it('says which variable a feature still needs, and where to find it', () => {
    const problems = (env: Record<string, string>): string => {
      try {
        loadConfig(env);
      } catch (err) {
        return (err as ConfigError).problems.join('\n');
      }
      return '';
    };
    expect(problems({ SLACK_BOT_TOKEN: 'xoxb-1' })).toMatch(
      /SLACK_SIGNING_SECRET is required when SLACK_BOT_TOKEN is set \(Slack app settings/,
    );
    expect(problems({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' })).toBe('');
    expect(problems({ SLACK_APP_TOKEN: 'xapp-1' })).toContain(
      'SLACK_BOT_TOKEN is required when SLACK_APP_TOKEN is set',
    );
    expect(problems({ SLACK_BOT_TOKEN: 'bot-1', SLACK_SIGNING_SECRET: 's' })).toContain(
      'starting with xoxb-',
    );
    expect(problems({ DISCORD_TOKEN: 'x'.repeat(30) })).toContain(
      'DISCORD_APPLICATION_ID is required when DISCORD_TOKEN is set',
    );
    expect(problems({ BRIEF_ENGINE: 'hybrid' })).toContain(
      'OPENAI_API_KEY is required when BRIEF_ENGINE=hybrid',
    );
    expect(problems({ ADMIN_USER: 'ops' })).toContain(
      'ADMIN_USER and ADMIN_PASSWORD turn on the queue board',
    );
    expect(problems({ API_TOKEN: 'short' })).toContain('API_TOKEN="short": must be at least 16 characters');
    expect(problems({ BRIEFBOT_FETCH_ALLOW: 'intranet.example' })).toContain(
      'comma-separated host:port entries',
    );
  });
});
