import fs from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';
import { installCompromiseSpeedups } from '../../../../src/engine/local/document/compromise-speed';

const dir = path.join(__dirname, '..', '..', '..', 'fixtures', 'corpus', 'dev');
const texts = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .slice(0, 6)
  .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));

/** Every word's text, offset and tags, as the engine reads them. */
const tagsOf = (text: string) =>
  (
    nlp(text).json({ offset: true }) as Array<{
      terms: Array<{ text: string; tags: string[]; offset: unknown; chunk?: string }>;
    }>
  ).flatMap((s) => s.terms.map((t) => ({ text: t.text, tags: t.tags, offset: t.offset, chunk: t.chunk })));

describe('compromise with the engine speed-ups', () => {
  it('tags every word of real articles exactly as plain compromise does', () => {
    const plain = texts.map(tagsOf);
    installCompromiseSpeedups();
    const fast = texts.map(tagsOf);
    expect(fast.flat().length).toBeGreaterThan(1000);
    expect(fast.map((words) => words.map(({ chunk: _chunk, ...word }) => word))).toEqual(
      plain.map((words) => words.map(({ chunk: _chunk, ...word }) => word)),
    );
  });
});
