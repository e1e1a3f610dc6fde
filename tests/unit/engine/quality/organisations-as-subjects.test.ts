import { articleFromText } from '../../../../src/app/cli/load-article';
import { fixedClock } from '../../../../src/clock/clock';
import { LocalEngine } from '../../../../src/engine/local/local-engine';

const engine = new LocalEngine({ clock: fixedClock('2000-01-01T12:00:00Z') });

function who(body: string, kind: 'person' | 'organization'): string[] {
  const brief = engine.briefNow(articleFromText(`Test story\n\n${body}`), { published: '2011-05-02' });
  return brief.who.filter((w) => w.kind === kind).map((w) => w.name);
}

describe('organisations and people as the subjects, lists and match sides of news sentences', () => {
  it('finds one-word companies that act as the subject of a sentence', () => {
    const text =
      'Norvalia said on Monday that it had cut its forecast.\nVexmoor audited the accounts last year.\n' +
      'Brenlith declined to comment.';
    expect(who(text, 'organization')).toEqual(expect.arrayContaining(['Norvalia', 'Vexmoor', 'Brenlith']));
  });

  it('finds bodies listed together as the subject, past an appositive', () => {
    const text =
      'Hamas and Islamic Jihad said they would not accept the plan.\n' +
      'Rio Tinto and BHP Billiton, the two largest suppliers of iron ore to China, declined to comment.';
    const orgs = who(text, 'organization');
    expect(orgs).toEqual(expect.arrayContaining(['Hamas', 'Islamic Jihad', 'Rio Tinto', 'BHP Billiton']));
    expect(who(text, 'person')).toEqual([]);
  });

  it('treats a name followed by a "which" clause as a company, not a person', () => {
    const text = 'Rolls-Royce, which supplies the engines, said it was ready to support the aircraft.';
    expect(who(text, 'organization')).toContain('Rolls-Royce');
    expect(who(text, 'person')).toEqual([]);
  });

  it('names the clubs of a fixture even when they are towns', () => {
    const text =
      'The replay of the cup tie between Aberdeen and Hibernian will be played on May 18.\n' +
      'Hibernian manager Tony Mowbray said his side had deserved to win.';
    expect(who(text, 'organization')).toEqual(expect.arrayContaining(['Aberdeen', 'Hibernian']));
    expect(who(text, 'person')).toEqual(['Tony Mowbray']);
  });

  it('keeps probes, places and company-name pieces out of people and organisations', () => {
    const text =
      'The Huygens probe separated from its mother ship on Friday.\n' +
      'Officials met in Ramallah, in the West Bank, on Sunday.\n' +
      'Deng Qilin, general manager of Wuhan Iron and Steel, said no jobs would be lost.\n' +
      'Consumer group Codacons said travellers should check timetables.';
    const orgs = who(text, 'organization');
    expect(orgs).toEqual(expect.arrayContaining(['Wuhan Iron and Steel', 'Codacons']));
    expect(orgs).not.toEqual(expect.arrayContaining(['West Bank']));
    expect(orgs).not.toContain('Consumer');
    expect(orgs).not.toContain('Huygens');
    expect(who(text, 'person')).toEqual(['Deng Qilin']);
  });

  it('keeps a court named with "of the" whole', () => {
    const text = 'The General Court of the European Union on Thursday upheld the fine.';
    expect(who(text, 'organization')).toEqual(['General Court of the European Union']);
  });
});
