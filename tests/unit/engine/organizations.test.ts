import { detectOrganizations } from '../../../src/engine/local/organizations/detect-organizations';
import { detectPeople } from '../../../src/engine/local/people/detect-people';

const orgs = (text: string): string[] => detectOrganizations(text, detectPeople(text)).map((o) => o.name);

describe('organizations in an article', () => {
  it('names institutions, agencies, companies and acronym-defined bodies once each', () => {
    const text = [
      'The International Atomic Energy Agency (IAEA) said on Monday that inspectors would return to the plant.',
      'The White House welcomed the move, while the Kremlin said it had not been consulted.',
      'Shares in the energy group Rosatom fell, and the carmaker Renault said it would review its plans. The IAEA board meets next week.',
    ].join('\n');
    const found = orgs(text);
    expect(found).toEqual(expect.arrayContaining(['IAEA', 'White House', 'Kremlin', 'Rosatom', 'Renault']));
    expect(found.filter((name) => name === 'IAEA')).toHaveLength(1);
    expect(detectOrganizations(text).find((o) => o.name === 'IAEA')?.aliases).toEqual([
      'International Atomic Energy Agency',
    ]);
  });

  it('does not take nationalities, places, events or people for organizations', () => {
    const text =
      'The Italian company said the Geneva Motor Show was cancelled. Chief executive Carlos Tavares told French media that Paris remained the base.';
    const found = orgs(text);
    for (const wrong of ['Italian', 'Geneva Motor Show', 'Carlos Tavares', 'Paris', 'French'])
      expect(found).not.toContain(wrong);
  });

  it('finds none in plain prose', () => {
    expect(orgs('it rained in the hills all week and the roads were closed.')).toEqual([]);
  });
});
