import { LocalEngine } from '../local/local-engine';
import type { EngineRequest, EngineResponse } from './engine-thread-messages';

/** What a thread answers to one article: the local engine's brief on the caller's clock, or its error. */
export function answerEngineRequest(request: EngineRequest): EngineResponse {
  try {
    const engine = new LocalEngine({ clock: { now: () => new Date(request.now) } });
    return {
      kind: 'done',
      id: request.id,
      ok: true,
      brief: engine.briefNow(request.article, request.options),
    };
  } catch (err) {
    const code =
      typeof (err as { code?: unknown }).code === 'string' ? (err as { code: string }).code : 'INTERNAL';
    return {
      kind: 'done',
      id: request.id,
      ok: false,
      code,
      message: err instanceof Error ? err.message : String(err),
    };
  }
}

// Warm-up before a thread says ready: the tagger and date parser build their tables on first use (about
// a second), which must not count against the first real article's time budget.
const WARM_UP_TEXT = [
  'The Eastcombe council postponed its decision on the harbour plan on Tuesday after residents packed the chamber to object to the cost, which officials now put at 4.2 million pounds.',
  'Marta Okafor, the mayor, said the council would hold a public hearing on April 12 before any vote. "People deserve to see the figures," Okafor told reporters after the meeting at City Hall.',
  'Daniel Reyes, the council leader, warned that each month of delay adds to the bill. The finance committee of the Harbour Authority is due to publish a revised estimate on Friday, April 14, and the full council will vote at 6:30 p.m. on May 2 in Geneva, the United Nations said.',
].join('\n\n');

/** Briefs a sample article once, so the first real one finds the engine's tables built. */
export function warmUpEngine(): void {
  try {
    new LocalEngine({ clock: { now: () => new Date() } }).briefNow({
      title: 'Council sets vote on harbour plan',
      text: WARM_UP_TEXT,
      published: '2026-01-05',
    });
  } catch {
    // A failing warm-up shows up again, with its cause, on the first article.
  }
}
