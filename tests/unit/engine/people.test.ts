import { detectPeople } from '../../../src/engine/local/people/detect-people';
import { editDistance, sameNameWord } from '../../../src/engine/local/people/merge-people';

const names = (text: string): string[] => detectPeople(text).map((p) => p.name);

describe('people in an article', () => {
  const article = [
    'German Chancellor Olaf Scholz and his French counterpart Emmanuel Macron met in Berlin on Monday to discuss energy prices.',
    'Government spokesman Steffen Hebestreit said the talks were "constructive". Mr. Scholz later told reporters that Europe had to act together.',
    'Scholz’s office said a joint paper would follow. MM. Scholz and Macron also spoke with the head of the European Commission, Ursula von der Leyen, by phone.',
    'Macron said France would host the next meeting.',
  ].join('\n');

  it('splits the role off the name', () => {
    const people = detectPeople(article);
    const scholz = people.find((p) => p.name === 'Olaf Scholz');
    expect(scholz?.role).toBe('German Chancellor');
    expect(people.find((p) => p.name === 'Steffen Hebestreit')?.role).toBe('Government spokesman');
    expect(people.find((p) => p.name === 'Ursula von der Leyen')?.role).toBe(
      'head of the European Commission',
    );
  });

  it('lists each person once, with the other forms as aliases, most mentioned first', () => {
    const people = detectPeople(article);
    expect(people.map((p) => p.name)).toEqual([
      'Olaf Scholz',
      'Emmanuel Macron',
      'Steffen Hebestreit',
      'Ursula von der Leyen',
    ]);
    expect(people[0]!.aliases).toEqual(expect.arrayContaining(['Mr. Scholz', 'Scholz']));
  });

  it('merges a near-identical spelling of a known surname', () => {
    const text =
      'Prime Minister Viktor Orban spoke in Budapest on Friday. Later, Viktor Orbán said the vote would go ahead.';
    const people = detectPeople(text);
    expect(people).toHaveLength(1);
    expect(people[0]!.aliases).toContain('Viktor Orbán');
    expect(sameNameWord('Poutine', 'Putine')).toBe(true);
    expect(sameNameWord('Lee', 'Li')).toBe(false);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('never glues a title, place or month into a name', () => {
    const text =
      'US Secretary of State Marco Rubio arrived in Riyadh on Tuesday. The Riyadh Talks were hosted by Saudi Foreign Minister Faisal bin Farhan, who said in March that progress was possible.';
    expect(names(text)).toEqual(['Marco Rubio', 'Faisal bin Farhan']);
  });

  it('finds people named in a list and people who speak in appositions', () => {
    const text =
      'The festival line-up includes Coldplay singer Chris Martin, Adele, Ed Sheeran and Sting. "We sold out in an hour," said Emily Eavis, the festival organiser.';
    expect(names(text)).toEqual(
      expect.arrayContaining(['Chris Martin', 'Adele', 'Ed Sheeran', 'Sting', 'Emily Eavis']),
    );
    expect(names(text)).not.toContain('Coldplay');
  });

  it('finds nobody in text without names', () => {
    expect(detectPeople('')).toEqual([]);
    expect(detectPeople('the rain fell all day and the river rose by two metres.')).toEqual([]);
  });
});
