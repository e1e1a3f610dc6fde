import { fixedClock } from '../../../src/clock/clock';
import { LocalEngine } from '../../../src/engine/local/local-engine';
import { portStrikeArticle } from '../../fixtures/openai/port-strike-article';
import { logsWith, startOpenAIKit, type OpenAIKit } from '../../support/openai-test-kit';

let kit: OpenAIKit;
beforeEach(async () => {
  kit = await startOpenAIKit();
});
afterEach(async () => {
  await kit.close();
});

describe('the hybrid engine: local candidates, labelled and ranked by the model', () => {
  it('sends the local candidates by id and builds the brief from the ones the model picks', async () => {
    // Candidate ids follow the local engine's order: look them up rather than hard-coding them.
    const local = await new LocalEngine({ clock: fixedClock('2024-03-04T12:00:00Z') }).brief(
      portStrikeArticle,
    );
    const pid = (name: string): string => `p${local.who.findIndex((p) => p.name === name) + 1}`;
    const did = (date: string): string => `d${local.next.findIndex((d) => d.date === date) + 1}`;
    kit.fake.enqueue({
      kind: 'json',
      content: {
        what: 'Rotterdam dock workers vote on a strike on March 12 after wage talks failed.',
        who: [
          { ids: [pid('Marieke van Dalen')], role: 'FNV negotiator' },
          { ids: [pid('Deltalinqs')], role: 'employers’ group' },
          { ids: ['p42'], role: 'invented' },
        ],
        next: [
          { ids: [did('2024-03-18')], what: 'Walkout could begin', where: null },
          { ids: [did('2024-03-12')], what: 'Strike ballot', where: 'Rotterdam' },
          { ids: ['d9'], what: 'Invented event', where: null },
        ],
      },
    });
    const brief = await kit.engine({ name: 'hybrid' }).brief(portStrikeArticle);
    const user = kit.fake.requests[0]!.body.messages[1]!.content;
    expect(user).toMatch(/Date candidates: \[\{"id":"d1","date":"2024-\d\d-\d\d"/);
    expect(user).toMatch(/Name candidates: \[\{"id":"p1","name":"/);
    expect(brief.engine).toBe('hybrid');
    expect(brief.what).toBe('Rotterdam dock workers vote on a strike on March 12 after wage talks failed.');
    expect(brief.next.map((n) => [n.date, n.what, n.where])).toEqual([
      ['2024-03-18', 'Walkout could begin', null],
      ['2024-03-12', 'Strike ballot', 'Rotterdam'],
    ]);
    expect(brief.who).toEqual([
      { name: 'Marieke van Dalen', kind: 'person', role: 'FNV negotiator' },
      { name: 'Deltalinqs', kind: 'organization', role: 'employers’ group' },
    ]);
    expect(logsWith(kit.logs, 'model brief')[0]?.dropped).toEqual([
      'next ids d9: not candidates',
      'who ids p42: not candidates',
    ]);
  });

  it('falls back to the local brief when the model fails', async () => {
    kit.fake.enqueue({ kind: 'text', content: 'not json' });
    const brief = await kit.engine({ name: 'hybrid' }).brief(portStrikeArticle);
    expect(brief.engine).toBe('local');
    expect(brief.next.map((n) => n.date)).toEqual(['2024-03-12', '2024-03-18', '2024-04-04']);
  });
});
