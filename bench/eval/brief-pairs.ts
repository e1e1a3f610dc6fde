import fs from 'node:fs';
import path from 'node:path';

/** One article of an eval set: its text file and its gold brief. */
export interface BriefPair {
  id: string;
  textFile: string;
  goldFile: string;
}

/**
 * The articles of an eval folder, in id order: `ID.txt` with `ID.json` (the corpus `briefs/` layout) or
 * `ID.gold.json` (the sets in tests/fixtures/corpus/<set>/). Golds without a text are skipped.
 */
export function briefPairs(dir: string): BriefPair[] {
  const pairs: BriefPair[] = [];
  for (const file of fs.readdirSync(dir).sort()) {
    if (!file.endsWith('.json')) continue;
    const id = file.replace(/(?:\.gold)?\.json$/, '');
    const textFile = path.join(dir, `${id}.txt`);
    if (fs.existsSync(textFile)) pairs.push({ id, textFile, goldFile: path.join(dir, file) });
  }
  return pairs;
}
