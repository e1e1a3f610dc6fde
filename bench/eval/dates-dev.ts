import fs from 'node:fs';
import { resolveDates } from '../../src/engine/local/dates/resolve-dates';

interface DevCase {
  dct: string;
  sentence: string;
  text: string;
  value: string;
}

export interface DatesDevScore {
  total: number;
  correct: number;
  accuracy: number;
  misses: Array<{ text: string; gold: string; got: string[] }>;
}

/**
 * Date-value accuracy over a dates-dev.jsonl file: a case counts when an expression that resolveDates
 * returns for the sentence (reference = the article date) overlaps the gold text and has the gold value.
 */
export function evalDatesDev(file: string): DatesDevScore {
  const cases = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as DevCase);
  const misses: DatesDevScore['misses'] = [];
  let correct = 0;
  for (const c of cases) {
    const goldStart = c.sentence.indexOf(c.text);
    const goldEnd = goldStart + c.text.length;
    const mentions = resolveDates(c.sentence, c.dct);
    const overlapping = mentions.filter(
      (m) => goldStart >= 0 && m.index < goldEnd && m.index + m.text.length > goldStart,
    );
    if (overlapping.some((m) => m.date === c.value)) correct++;
    else
      misses.push({
        text: `${c.text} | ${c.sentence} (dct ${c.dct})`,
        gold: c.value,
        got: overlapping.map((m) => `${m.text}=${m.date}`),
      });
  }
  return { total: cases.length, correct, accuracy: cases.length ? correct / cases.length : 0, misses };
}

if (require.main === module) {
  const file = process.argv[2] ?? '../shared/corpus/dates-dev.jsonl';
  const score = evalDatesDev(file);
  for (const miss of score.misses)
    console.log(`MISS ${miss.gold} got [${miss.got.join(', ')}]  ${miss.text}`);
  console.log(`dates-dev accuracy: ${score.correct}/${score.total} = ${score.accuracy.toFixed(3)}`);
}
