import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');
const bin = path.join(root, 'bin', 'briefbot.js');
let dir: string;

function briefbot(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, LOG_LEVEL: 'silent' },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefbot-cli-'));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('briefbot brief (built binary)', () => {
  it('prints the brief contract for the example article with --json', () => {
    const run = briefbot('brief', 'examples/un-climate-talks.txt', '--json');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const brief = JSON.parse(run.stdout) as {
      who: Array<{ name: string; kind: string }>;
      next: Array<{ date: string }>;
      what: string;
      published: string;
      engine: string;
    };
    expect(brief.engine).toBe('local');
    expect(brief.published).toBe('2025-03-14');
    expect(brief.who.filter((w) => w.kind === 'person').map((w) => w.name)).toEqual(
      expect.arrayContaining(['Simon Stiell', 'Marina Silva', 'Wopke Hoekstra', 'Cedric Schuster']),
    );
    expect(brief.who.filter((w) => w.kind === 'organization').map((w) => w.name)).toEqual(
      expect.arrayContaining(['World Bank', 'OECD']),
    );
    expect(brief.next.map((n) => n.date)).toEqual(
      expect.arrayContaining(['2025-06-16', '2025-04-22', '2025-05-06']),
    );
    expect(brief.what).toMatch(/^Negotiators from nearly 200 countries agreed/);
  });

  it('briefs a plain-text English article without loading zod or the trigram language detector', () => {
    // Preloaded: prints the packages the process loaded, on exit (each costs start-up CPU, ADR 041).
    const probe = path.join(dir, 'loaded-packages.js');
    fs.writeFileSync(
      probe,
      `process.on('exit', () => { const names = new Set(Object.keys(require.cache).map((f) => (/node_modules\\/((?:@[^/]+\\/)?[^/]+)/.exec(f) || [])[1]).filter(Boolean)); process.stderr.write([...names].sort().join(' ')); });`,
    );
    const run = spawnSync(process.execPath, ['-r', probe, bin, 'brief', 'examples/un-climate-talks.txt'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, LOG_LEVEL: 'silent' },
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Simon Stiell');
    expect(run.stderr.split(' ')).toEqual(['chrono-node', 'commander', 'compromise']);
  });

  it('prints a readable brief that says where the publication date came from', () => {
    const given = briefbot('brief', 'examples/un-climate-talks.txt', '--published', '2025-03-15');
    expect(given.stdout).toContain('Published: 2025-03-15 (given with --published)');
    expect(given.stdout).toContain('Simon Stiell, UN climate chief');
    const found = briefbot('brief', 'examples/un-climate-talks.txt');
    expect(found.stdout).toContain('Published: 2025-03-14 (found in the article)');
  });

  it('reads stdin and explains a bad --published', () => {
    const bad = briefbot('brief', 'examples/un-climate-talks.txt', '--published', '14/03/2025');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/--published must be a calendar day written YYYY-MM-DD/);
    const stdin = spawnSync(process.execPath, [bin, 'brief', '-', '--json', '--published', '2024-01-01'], {
      cwd: root,
      encoding: 'utf8',
      input:
        'Ferry service resumes\n\nThe ferry between the two islands will resume sailings on January 8, the operator said.',
    });
    expect(stdin.status).toBe(0);
    expect((JSON.parse(stdin.stdout) as { next: Array<{ date: string }> }).next.map((n) => n.date)).toEqual([
      '2024-01-08',
    ]);
  });

  it('answers bad input with a clear message or an empty next, never a stack trace', () => {
    const empty = path.join(dir, 'empty.txt');
    fs.writeFileSync(empty, '');
    const binary = path.join(dir, 'binary.txt');
    fs.writeFileSync(binary, Buffer.from([0x00, 0xff, 0x10, 0x00, 0x89, 0x50, 0x4e, 0x47]));
    const huge = path.join(dir, 'huge.txt');
    fs.writeFileSync(huge, 'The committee met again on Tuesday and agreed nothing.\n'.repeat(400_000));
    for (const file of [empty, binary, huge]) {
      const run = briefbot('brief', file);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/^briefbot: .+\n$/);
      expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+/);
    }
    const noDates = path.join(dir, 'no-dates.txt');
    fs.writeFileSync(
      noDates,
      'Quiet week\n\nThe village library has a new reading corner for children, volunteers said.',
    );
    const foreign = path.join(dir, 'foreign.txt');
    fs.writeFileSync(
      foreign,
      'Nachrichten\n\nDer Stadtrat hat über den Haushalt beraten und keine Entscheidung getroffen.',
    );
    for (const file of [noDates, foreign]) {
      const run = briefbot('brief', file, '--json', '--published', '2024-03-01');
      expect(run.status).toBe(0);
      expect((JSON.parse(run.stdout) as { next: unknown[] }).next).toEqual([]);
    }
  });
});
