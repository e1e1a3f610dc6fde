import fs from 'node:fs';
import path from 'node:path';
import { articleFromText } from '../../../src/app/cli/load-article';
import { fixedClock } from '../../../src/clock/clock';
import { briefSchema, inContractShape, type Brief } from '../../../src/engine/brief';
import { LocalEngine } from '../../../src/engine/local/local-engine';

const engine = new LocalEngine({ clock: fixedClock('2025-03-01T09:00:00Z') });
const corpus = path.join(__dirname, '../../fixtures/corpus');
const articles = fs
  .readdirSync(corpus, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.txt'))
  .sort();

describe('a local brief without zod', () => {
  it.each(articles)('is exactly what the contract schema makes of it: %s', (file) => {
    const brief = engine.briefNow(articleFromText(fs.readFileSync(path.join(corpus, file), 'utf8')), {
      published: '2025-03-01',
    });
    // The same fields, in the same order (what `brief --json` prints), and valid.
    expect(JSON.stringify(brief)).toBe(JSON.stringify(briefSchema.parse(brief)));
  });

  it('drops fields the contract does not name, fills in status and keeps the contract order', () => {
    const built = {
      engine: 'local',
      next: [
        {
          quote: 'on June 3',
          what: 'strike',
          date: '2024-06-03',
          time: null,
          timezone: null,
          where: null,
          index: 4,
        },
      ],
      what: 'Dock workers vote to strike.',
      who: [{ kind: 'person', name: 'Niek Stam', score: 2, role: 'union leader' }],
      lang: 'en',
      published: '2024-05-17',
      title: 'Port workers call strike over pay',
      trace: [],
    } as unknown as Brief;
    expect(JSON.stringify(inContractShape(built))).toBe(JSON.stringify(briefSchema.parse(built)));
    expect(inContractShape(built).next[0]!.status).toBe('scheduled');
  });
});
