import { fixedClock } from '../../../src/clock/clock';
import { LocalEngine } from '../../../src/engine/local/local-engine';
import { runOnSentence } from '../../../bench/engine-run-on';

const engine = new LocalEngine({ clock: fixedClock('2024-01-02T09:00:00Z') });

describe('a 50,000-character run-on sentence full of dates', () => {
  const text = runOnSentence(50_000);

  it('is briefed in under a second, with its dates and a warning that it was read for dates only', () => {
    engine.briefNow({ title: 'Warm-up', text: 'The vote will be held on May 3, the council said.' });
    // CPU time of this process, not wall time: the budget must not depend on the machine's other load.
    const started = process.cpuUsage();
    const brief = engine.briefNow({ title: 'Run-on', text }, { published: '2024-01-02' });
    const used = process.cpuUsage(started);
    const elapsed = (used.user + used.system) / 1000;
    expect(text.length).toBeGreaterThanOrEqual(50_000);
    expect(elapsed).toBeLessThan(1000);
    expect(brief.next.map((n) => n.date)).toEqual(expect.arrayContaining(['2024-03-03', '2024-05-05']));
    for (const item of brief.next) expect(text).toContain(item.quote);
    expect(brief.warnings?.join(' ')).toMatch(/run-on/);
  });
});
