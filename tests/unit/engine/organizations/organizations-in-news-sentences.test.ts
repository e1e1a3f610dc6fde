import { detectOrganizations } from '../../../../src/engine/local/organizations/detect-organizations';
import { detectPeople } from '../../../../src/engine/local/people/detect-people';

const orgs = (text: string): string[] => detectOrganizations(text, detectPeople(text)).map((o) => o.name);

describe('organisations in news sentences', () => {
  // [sentence, the organisations it names, in order of mentions]
  const rows: Array<[string, string[]]> = [
    ['Skyward said it would cut 200 jobs after profits fell.', ['Skyward']],
    ['Lakeside beat Hillcrest 3-1 on Saturday to stay top of the table.', ['Lakeside', 'Hillcrest']],
    ['The Hawks lost again at home, their fourth defeat in a row.', ['Hawks']],
    ['Everyone at the Belfast Giants is devastated.', ['Belfast Giants']],
    ["Freedonia's commerce ministry said exports fell in March.", ["Freedonia's commerce ministry"]],
    ['Pacific Gas & Electric said it would restore power by Sunday.', ['Pacific Gas & Electric']],
    ['The weekend is hosted by Funyard Events and tickets are on sale.', ['Funyard Events']],
    ['"It is a fair plan," said Tobias Judin of the privacy watchdog, Datatilsynet.', ['Datatilsynet']],
    ['JD(U) spokesman Rajiv Ranjan Prasad and BJP spokesperson Nikhil Anand welcomed it.', ['JD(U)', 'BJP']],
    ['Houthi rebels claimed the attack on the tanker.', ['Houthi']],
    [
      'The fighters of the Revolutionary Front for Liberation claimed the attack.',
      ['Revolutionary Front for Liberation'],
    ],
    ['Groups A and B include France, Germany, Spain and Italy.', []],
    ['Meta will offer the plan in the European Union, Norway and Switzerland.', ['Meta', 'European Union']],
    ['The airline opened a lounge at its Seattle/Tacoma International Airport (SEA) base.', []],
    ['Heathrow Airport said it would appeal the ruling.', ['Heathrow Airport']],
    ['The region joins the European Economic Area next year.', []],
    ['Tesla chief executive Elon Musk said output would rise.', ['Tesla']],
    ['Moscow mayor Sergei Sobyanin said the metro would reopen.', []],
    ['Opposition leader Krisjanis Karins said the vote would fail.', []],
    ['Notices issued by the Bhagalpur administration did not use the word lockdown.', []],
  ];

  it.each(rows)('%s', (sentence, expected) => {
    expect(orgs(sentence)).toEqual(expected);
  });

  it('merges an acronym with its long form in either order', () => {
    const text =
      'The EU said it would act. Officials of the European Union met on Friday. The California Independent System Operator said demand fell. California ISO ordered cuts.';
    expect(orgs(text)).toEqual(['EU', 'California Independent System Operator']);
  });
});
