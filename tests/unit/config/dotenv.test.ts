import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { main } from '../../../src/app/cli/main';
import { describePlatforms, withDotenv } from '../../../src/config/dotenv';

describe('.env in the working directory', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'briefbot-env-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is read beneath the environment: a variable set in the environment wins', () => {
    writeFileSync(
      path.join(dir, '.env'),
      'HTTP_PORT=4000\nLOG_LEVEL=debug # chatty\nSLACK_BOT_TOKEN="xoxb-from-file"\n',
    );
    const { env, file } = withDotenv({ LOG_LEVEL: 'warn' }, dir);
    expect(file).toBe(path.join(dir, '.env'));
    expect(env).toMatchObject({ HTTP_PORT: '4000', LOG_LEVEL: 'warn', SLACK_BOT_TOKEN: 'xoxb-from-file' });
  });

  it('is optional', () => {
    expect(withDotenv({ A: '1' }, dir)).toEqual({ env: { A: '1' }, file: null });
  });

  it('is used by `briefbot worker`, which names the file when its values are wrong', async () => {
    writeFileSync(path.join(dir, '.env'), 'BRIEF_ENGINE=gpt\n');
    const stderr = new PassThrough();
    let said = '';
    stderr.on('data', (c: Buffer) => (said += c.toString()));
    const code = await main(['node', 'briefbot', 'worker'], { env: {}, cwd: dir, stderr });
    expect(code).toBe(1);
    expect(said).toContain('BRIEF_ENGINE="gpt"');
    expect(said).toContain(`(read ${path.join(dir, '.env')} too)`);
  });

  it('says which chat platforms are configured, and warns when none is', () => {
    expect(
      describePlatforms({
        SLACK_BOT_TOKEN: 'xoxb-1',
        SLACK_APP_TOKEN: undefined,
        DISCORD_TOKEN: 'x'.repeat(30),
      }),
    ).toEqual({
      level: 'info',
      text: 'Chat platforms configured: Slack (events at POST /slack/events), Discord.',
    });
    expect(
      describePlatforms({ SLACK_BOT_TOKEN: undefined, SLACK_APP_TOKEN: undefined, DISCORD_TOKEN: undefined }),
    ).toEqual({
      level: 'warn',
      text: 'No chat platform is configured (set SLACK_BOT_TOKEN or DISCORD_TOKEN): only the HTTP API runs.',
    });
  });
});
