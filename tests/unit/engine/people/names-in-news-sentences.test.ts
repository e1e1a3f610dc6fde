import { detectPeople } from '../../../../src/engine/local/people/detect-people';

const names = (text: string): string[] => detectPeople(text).map((p) => p.name);

describe('people in news sentences', () => {
  // [sentence, the people it names]
  const rows: Array<[string, string[]]> = [
    ['Fans packed the Maple Street Arena on Friday for the concert.', []],
    ['The Harlan Brothers Band will headline the festival, organisers said.', []],
    ['Tickets for the show at Riverside Stadium sold out in an hour.', []],
    ['The money came from investor Lee Barr, who declined to comment.', ['Lee Barr']],
    ['She is engaged to graduate student Ken Saito, her family said.', ['Ken Saito']],
    ['Syrian forces loyal to President Bashar al-Assad advanced on Monday.', ['Bashar al-Assad']],
    ['Karim al-Nasser, a local trader, said prices had doubled.', ['Karim al-Nasser']],
    ["Taiwan's premier Lin Wei-min met reporters in Taipei.", ['Lin Wei-min']],
    ['"We will not back down," said Sen. Mike Lee (R-Utah) on Tuesday.', ['Mike Lee']],
    ['Sen. Mitt Romney, R-Utah, said the bill would fail.', ['Mitt Romney']],
    ['Additional District Collector Om Prakash announced a lockdown.', ['Om Prakash']],
    [
      'The ruling was a win, according to Max Schrems, Austrian privacy activist and founder of NOYB.',
      ['Max Schrems'],
    ],
    ['Pacific Gas & Electric said it would restore power, and Southern California Edison agreed.', []],
    ['The Kremlin-backed group said its leader, Anna Petrova, would run.', ['Anna Petrova']],
  ];

  it.each(rows)('%s', (sentence, expected) => {
    expect(names(sentence)).toEqual(expected);
  });
});

describe('one person under several spellings', () => {
  const rows: Array<[string, string, string]> = [
    [
      'Bill Smith, the club treasurer, resigned. William Smith had served ten years.',
      'Bill Smith',
      'William Smith',
    ],
    ['Robert Kane spoke first. Later Bob Kane said the vote was close.', 'Robert Kane', 'Bob Kane'],
    [
      'President Bashar al-Assad spoke on Monday. Assad said the army would stay.',
      'Bashar al-Assad',
      'Assad',
    ],
  ];

  it.each(rows)('%s', (text, name, alias) => {
    const people = detectPeople(text);
    expect(people).toHaveLength(1);
    expect(people[0]!.name).toBe(name);
    expect(people[0]!.aliases).toContain(alias);
  });

  it('keeps two people with different first names apart', () => {
    const text = 'Bill Smith, the club treasurer, resigned. Mary Smith, his sister, said she would stay.';
    expect(names(text)).toEqual(['Bill Smith', 'Mary Smith']);
  });
});
