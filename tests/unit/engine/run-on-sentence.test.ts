import { fixedClock } from '../../../src/clock/clock';
import { LocalEngine } from '../../../src/engine/local/local-engine';
import { runOnSentence } from '../../../bench/engine-run-on';

const engine = new LocalEngine({ clock: fixedClock('2024-01-02T09:00:00Z') });

describe('a 50,000-character run-on sentence full of dates', () => {
  const text = runOnSentence(50_000);

  // Its cost against the same words as ordinary sentences is a bench figure (`npm run bench -- --only=runon`),
  // not a timed test.
  it('is briefed with its dates and a warning that it was read for dates only', () => {
    const brief = engine.briefNow({ title: 'Run-on', text }, { published: '2024-01-02' });
    expect(text.length).toBeGreaterThanOrEqual(50_000);
    expect(brief.next.map((n) => n.date)).toEqual(expect.arrayContaining(['2024-03-03', '2024-05-05']));
    for (const item of brief.next) expect(text).toContain(item.quote);
    expect(brief.warnings?.join(' ')).toMatch(/run-on/);
  });
});
