import { oneLine } from '../../../src/events/digest-sender';

describe('a digest line is the brief’s first sentence, whole', () => {
  it.each([
    [
      'The council will vote at 7 a.m. on Monday. Residents may speak.',
      'The council will vote at 7 a.m. on Monday.',
    ],
    [
      'Mr. Okafor of the U.S. delegation left early. Talks go on.',
      'Mr. Okafor of the U.S. delegation left early.',
    ],
    [
      'Talks resume at 5 p.m. Friday, officials said. More follows.',
      'Talks resume at 5 p.m. Friday, officials said.',
    ],
    [
      'J. R. Hartley signed the deal on Jan. 4 in Geneva. It takes effect in May.',
      'J. R. Hartley signed the deal on Jan. 4 in Geneva.',
    ],
    ['Prices rose 2.5% in March! Economists were surprised.', 'Prices rose 2.5% in March!'],
    ['No full stop at all', 'No full stop at all'],
  ])('“%s” → “%s”', (what, line) => {
    expect(oneLine(what)).toBe(line);
  });
});
