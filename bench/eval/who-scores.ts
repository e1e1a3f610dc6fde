import type { Person } from '../../src/engine/brief';
import { foldName, sameNameWord } from '../../src/engine/local/people/merge-people';

/** Matches, misses and extras of one kind (people or organizations) over a set of articles. */
export interface SetScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  misses: string[];
  extras: string[];
}

export const emptyScore = (): SetScore => ({
  truePositives: 0,
  falsePositives: 0,
  falseNegatives: 0,
  misses: [],
  extras: [],
});

export function f1(score: SetScore): { precision: number; recall: number; f1: number } {
  const precision = score.truePositives / Math.max(1, score.truePositives + score.falsePositives);
  const recall = score.truePositives / Math.max(1, score.truePositives + score.falseNegatives);
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  };
}

const fold = (s: string): string => s.split(/\s+/).map(foldName).filter(Boolean).join(' ');
const forms = (p: Person): string[] => [p.name, ...(p.aliases ?? [])].map(fold);

/** People match leniently: same name or alias, or the same surname (near-identical spelling allowed). */
export function personMatches(gold: string, found: Person): boolean {
  const g = fold(gold);
  if (forms(found).includes(g)) return true;
  const gWords = g.split(' ');
  const fWords = fold(found.name).split(' ');
  return (
    sameNameWord(gWords[gWords.length - 1]!, fWords[fWords.length - 1]!) ||
    (gWords.length > 1 &&
      sameNameWord(gWords[0]!, fWords[fWords.length - 1]!) &&
      sameNameWord(gWords[1]!, fWords[0]!))
  );
}

/** Organizations match leniently: same name or alias, one contains the other as words, or the acronym in parentheses. */
export function orgMatches(gold: string, found: Person): boolean {
  const g = fold(gold.replace(/\(([^)]+)\)/, ' $1 '));
  const acronym = /\(([^)]+)\)/.exec(gold)?.[1];
  return forms(found).some((f) => {
    if (f === g || (acronym !== undefined && f === fold(acronym))) return true;
    const [short, long] = f.length < g.length ? [f, g] : [g, f];
    return short.length >= 3 && ` ${long} `.includes(` ${short} `);
  });
}

/**
 * Adds one article to `score`: each gold item matched by one found item (one to one); found items
 * that match only an optional item are neither counted nor penalised.
 */
export function scoreSet(
  score: SetScore,
  gold: readonly string[],
  optional: readonly string[],
  found: readonly Person[],
  matches: (gold: string, found: Person) => boolean,
  label: string,
): void {
  const unused = [...found];
  for (const g of gold) {
    const index = unused.findIndex((f) => matches(g, f));
    if (index >= 0) {
      score.truePositives++;
      unused.splice(index, 1);
    } else {
      score.falseNegatives++;
      score.misses.push(`${label}: ${g}`);
    }
  }
  for (const f of unused) {
    if (optional.some((o) => matches(o, f))) continue;
    score.falsePositives++;
    score.extras.push(`${label}: ${f.name}`);
  }
}
