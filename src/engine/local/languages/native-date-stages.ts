import type { NextDate } from '../../brief';
import { sentenceStatuses, type ClassifiedMention } from '../dates/event-status';
import type { DateTrace, NextDatesResult } from '../dates/next-dates';
import type { ResolvedMention } from '../dates/resolve-dates';
import type { Sentence } from '../sentences';
import { classifyNative } from './native-classify';
import { describeNative } from './native-describe';
import type { NativeLexicon } from './native-lexicon';
import { resolveNativeSentence, type NativeMention } from './native-next-dates';
import { changeWords } from './native-change';

function asResolved(m: NativeMention, sentence = '', lexicon?: NativeLexicon): ResolvedMention {
  // "verschoben auf den kommenden Freitag": the status stage reads the weekday with its modifier.
  const modifier = lexicon
    ? new RegExp(`(?<!\\p{L})(?:${lexicon.nextWeekday}|${lexicon.lastWeekday})\\s+$`, 'iu').exec(
        sentence.slice(Math.max(0, m.start - 24), m.start),
      )
    : null;
  const start = m.start - (modifier?.[0].length ?? 0);
  return {
    text: sentence.slice(start, m.end) || m.text,
    index: start,
    end: m.end,
    date: m.date,
    granularity: m.granularity,
    time: m.time,
    timezone: null,
    direction: m.direction,
    yearStated: m.yearStated,
  };
}

/**
 * "reporté du 10 au 17 mars", "aplazado del 10 al 17 de marzo": after a move word a range is a move from its
 * first day to its last; the mention becomes the last day (the first stays the raw reading, which the
 * status stage gives as the previous date).
 */
function rangeTarget(m: NativeMention, sentence: string, lexicon: NativeLexicon): NativeMention {
  if (m.rangeEnd === undefined || m.granularity !== 'day') return m;
  if (!changeWords(lexicon).test(sentence.slice(Math.max(0, m.start - 80), m.start))) return m;
  const to = new RegExp(`(?<!\\p{L})(?:${lexicon.rangeTo})\\s+(?=${m.rangeEnd}(?!\\d))`, 'iu').exec(m.text);
  if (!to) return m;
  const offset = to.index + to[0].length;
  const day = String(m.rangeEnd).padStart(2, '0');
  return { ...m, text: m.text.slice(offset), start: m.start + offset, date: `${m.date.slice(0, 8)}${day}` };
}

/**
 * The date stages for an article in French, German or Spanish: each sentence's dates resolved by the
 * native parsers, classified by the native rules (first verdict wins), given a status by the engine's
 * status stage (moved / cancelled, read with the language's lexicon), described (label, place, verbatim
 * quote) and deduplicated. Returns `next` sorted by date and a trace of every mention for `--explain`.
 */
export function nativeNextDatesWithTrace(
  sentences: readonly Sentence[],
  published: string,
  lexicon: NativeLexicon,
): NextDatesResult {
  const found: NextDate[] = [];
  const trace: DateTrace[] = [];
  let anchor: string | undefined;
  sentences.forEach((sentence, index) => {
    const mentions = resolveNativeSentence(sentence.text, published, lexicon, anchor);
    anchor = mentions.findLast((m) => m.granularity === 'day')?.date ?? anchor;
    const targets = mentions.map((m) => rangeTarget(m, sentence.text, lexicon));
    const classified: ClassifiedMention[] = mentions.map((m, i) => ({
      raw: asResolved(m),
      mention: asResolved(targets[i]!, sentence.text, lexicon),
      classification: classifyNative(targets[i]!, sentence.text, lexicon, published),
    }));
    const ahead = (m: { date: string; granularity: string }): boolean =>
      m.granularity === 'month' ? m.date > published.slice(0, 7) : m.date > published;
    const statuses = sentenceStatuses(classified, sentence.text, lexicon.lexicon, ahead);
    targets.forEach((m, i) => {
      const status = statuses[i];
      const step: DateTrace = {
        sentence: index,
        text: m.text,
        date: m.date,
        ...classified[i]!.classification,
        kept: false,
      };
      trace.push(step);
      if (!status) return;
      const item: NextDate = { ...describeNative(sentence.text, m, lexicon), status: status.status };
      if (status.previous !== undefined) item.previous = status.previous;
      step.status = status.status;
      if (status.previous !== undefined) step.previous = status.previous;
      const same = found.find(
        (f) =>
          f.date === item.date &&
          f.status === item.status &&
          (f.quote === item.quote || f.what === item.what),
      );
      if (same) step.note = `same event as "${same.what}" (${same.date})`;
      else {
        step.kept = true;
        found.push(item);
      }
    });
  });
  return { next: found.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)), trace };
}
