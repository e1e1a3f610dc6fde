import { en } from '../lexicon/en';
import { splitSentences } from '../sentences';
import { nextDatesWithTrace, type DateTrace } from './next-dates';

/** What became of a mention, in words: kept, kept with its status, merged, or dropped by its verdict. */
function outcome(t: DateTrace): string {
  if (t.note !== undefined) return `merged: ${t.note}`;
  if (!t.kept) return 'dropped';
  if (t.status === 'moved') return `kept, moved${t.previous !== undefined ? ` from ${t.previous}` : ''}`;
  if (t.status === 'cancelled') return 'kept, cancelled';
  return 'kept';
}

/**
 * `--explain` lines: for every dated mention its sentence, text, resolved value, the verdict and the
 * classify rule that gave it, and whether it was kept (and why not).
 */
export function explainLines(trace: readonly DateTrace[], published: string): string[] {
  if (trace.length === 0) return [`No dated mentions (published ${published}).`];
  return [
    `Dated mentions (published ${published}): sentence, text → value, verdict (rule), outcome`,
    ...trace.map(
      (t) =>
        `  s${String(t.sentence + 1).padEnd(3)} "${t.text}" → ${t.date}  ${t.verdict} (${t.rule})  ${outcome(t)}`,
    ),
  ];
}

/** The date stages' trace of a plain text written on `reference` (what `briefbot dates --explain` shows). */
export function explainText(text: string, reference: string): DateTrace[] {
  return nextDatesWithTrace({ sentences: splitSentences(text), lexicon: en }, reference).trace;
}
