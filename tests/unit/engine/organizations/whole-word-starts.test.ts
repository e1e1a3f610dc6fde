import { wholeWordStarts } from '../../../../src/engine/local/organizations/detect-organizations';

/** What it replaced: one regex per name over the whole text. */
const byRegex = (text: string, name: string): number[] =>
  [
    ...text.matchAll(
      new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu'),
    ),
  ].map((m) => m.index);

describe('how often an organization is named (its rank in the brief)', () => {
  it('counts the name only where no letter touches it, accents and other scripts included', () => {
    const text = 'NATO said. NATOs, NATO-led, (NATO) éNATO NATOé 𝒜NATO NATO𝒜 NATO';
    expect(wholeWordStarts(text, 'NATO')).toEqual(byRegex(text, 'NATO'));
    expect(wholeWordStarts(text, 'NATO').length).toBe(4);
  });

  it('agrees with the regex it replaced on random texts', () => {
    const pieces = ['UN', 'U', 'N', ' ', '-', 'é', 'a', '𝒜', '.', 'UNUN', '\u0301'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 5000; i++) {
      const text = Array.from(
        { length: Math.floor(next() * 14) },
        () => pieces[Math.floor(next() * pieces.length)],
      ).join('');
      for (const name of ['UN', 'UNU', 'N'])
        expect([text, name, wholeWordStarts(text, name)]).toEqual([text, name, byRegex(text, name)]);
    }
  });
});
