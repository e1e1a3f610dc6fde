import { wholeWordCount } from '../../../../src/engine/local/organizations/detect-organizations';

/** What the count replaced: one regex per name over the whole text. */
const byRegex = (text: string, name: string): number =>
  text.match(new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu'))
    ?.length ?? 0;

describe('how often an organization is named (its rank in the brief)', () => {
  it('counts the name only where no letter touches it, accents and other scripts included', () => {
    const text = 'NATO said. NATOs, NATO-led, (NATO) éNATO NATOé 𝒜NATO NATO𝒜 NATO';
    expect(wholeWordCount(text, 'NATO')).toBe(byRegex(text, 'NATO'));
    expect(wholeWordCount(text, 'NATO')).toBe(4);
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
        expect([text, name, wholeWordCount(text, name)]).toEqual([text, name, byRegex(text, name)]);
    }
  });
});
