import { detectOrganizations } from '../../../../src/engine/local/organizations/detect-organizations';
import { detectPeople } from '../../../../src/engine/local/people/detect-people';
import { isFurniture } from '../../../../src/engine/local/furniture';

const people = (text: string): string[] => detectPeople(text).map((p) => p.name);
const orgs = (text: string): string[] => detectOrganizations(text, detectPeople(text)).map((o) => o.name);

describe('people written in patterns the engine was not tuned on', () => {
  it('keeps hyphenated names whole', () => {
    const text =
      'Labour candidate Hannah Whitfield-Brooks won the seat. Her agent, Jean-Luc Marchetti, said the count was close.';
    expect(people(text)).toEqual(expect.arrayContaining(['Hannah Whitfield-Brooks', 'Jean-Luc Marchetti']));
    expect(people(text)).not.toContain('Brooks');
  });

  it('keeps initials and particles in the name', () => {
    expect(people('Novelist P.D. Langford will read from her new book in Bath.')).toEqual(['P.D. Langford']);
    expect(people('Former president Fernando Henrique de Souza Lima said the reform had failed.')).toEqual([
      'Fernando Henrique de Souza Lima',
    ]);
  });

  it('finds the name after a title inside a run of capitals', () => {
    const found = detectPeople('The Kenyan President William Otieno arrives on Monday.');
    expect(found[0]).toMatchObject({ name: 'William Otieno' });
  });

  it('takes a role given by an owner and a person introduced by "said"', () => {
    const found = detectPeople("Acme's chief technology officer, Ravi Deshpande, demonstrated the robot.");
    expect(found[0]).toMatchObject({ name: 'Ravi Deshpande', role: 'chief technology officer' });
    expect(people('"It will sell well," said Oona Halvorsen.')).toEqual(['Oona Halvorsen']);
  });
});

describe('organizations written in patterns the engine was not tuned on', () => {
  it('defines an acronym whose long form has the organization word inside', () => {
    const found = detectOrganizations(
      'Monitors from the Organization for Economic Renewal of Africa (OERA) arrived.',
    );
    expect(found[0]).toMatchObject({ name: 'OERA' });
  });

  it('starts a long form at the word that gives the acronym its first letter', () => {
    const found = detectOrganizations(
      'The probe, built by Orbital Works for the European Agency for Polar Research (EAPR), is ready.',
    );
    expect(found.find((o) => o.name === 'EAPR')?.aliases).toContain('European Agency for Polar Research');
    expect(found.map((o) => o.name)).not.toContain(
      'Orbital Works for the European Agency for Polar Research',
    );
  });

  it('merges an acronym with the name it abbreviates and a nationality-qualified name', () => {
    expect(
      orgs(
        'The African Union sent observers. The AU said the vote was fair. The Ghanaian Electoral Commission agreed, and the Electoral Commission published results.',
      ),
    ).toEqual(expect.arrayContaining(['African Union']));
    const all = orgs(
      'The African Union sent observers. The AU said the vote was fair. The Ghanaian Electoral Commission agreed, and the Electoral Commission published results.',
    );
    expect(all).not.toContain('AU');
    expect(all.filter((o) => /Electoral Commission/.test(o))).toHaveLength(1);
  });

  it('does not take a dateline city or a leading common noun as part of an organization', () => {
    const found = orgs(
      'NAIROBI — Members of the Coastal Fisheries Council met on Monday. An analyst at Kestrel Partners said prices would rise.',
    );
    expect(found).not.toContain('NAIROBI');
    expect(found).toEqual(expect.arrayContaining(['Coastal Fisheries Council', 'Kestrel Partners']));
  });

  it('treats wire credit lines as page furniture', () => {
    expect(isFurniture('(Reporting by Anna Kowalska; Editing by Tom Hale)')).toBe(true);
    expect(isFurniture('Writing by Lee Chen')).toBe(true);
    expect(isFurniture('Reporters said the editing by the agency was careless.')).toBe(false);
  });
});
