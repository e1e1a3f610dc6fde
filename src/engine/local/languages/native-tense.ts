import type { Direction } from './native-calendar';
import { changeWords, movesTo, speechWords } from './native-change';
import type { NativeLexicon } from './native-lexicon';

/** How far (in characters) a modifier may stand from the weekday or date it qualifies. */
const NEAR = 24;

export type WeekdayModifier = 'next' | 'last' | 'this' | undefined;

const THIS_WORDS = String.raw`diese[nmrs]?|ce|cette|este|esta|heute|aujourd['’]hui|hoy`;

/**
 * The modifier of a weekday from the words right around it: "am kommenden Freitag", "mardi prochain",
 * "el próximo martes" (next); "am vergangenen Dienstag", "vendredi dernier", "el pasado lunes" (last);
 * "ce jeudi", "este miércoles" (this week).
 */
export function weekdayModifier(
  sentence: string,
  start: number,
  end: number,
  lexicon: NativeLexicon,
): WeekdayModifier {
  const span = sentence.slice(Math.max(0, start - NEAR), end + NEAR);
  const inner = sentence.slice(start, end);
  const before = sentence.slice(Math.max(0, start - NEAR), start);
  const after = sentence.slice(end, end + NEAR);
  const near = (words: string): boolean =>
    new RegExp(String.raw`(?<!\p{L})(?:${words})\s*(?:(?:am|el|le|la)\s+)?$`, 'iu').test(before) ||
    new RegExp(String.raw`^\s*(?:${words})(?!\p{L})`, 'iu').test(after) ||
    new RegExp(String.raw`(?<!\p{L})(?:${words})(?!\p{L})`, 'iu').test(inner);
  if (span.length === 0) return undefined;
  if (near(lexicon.nextWeekday)) return 'next';
  if (near(lexicon.lastWeekday)) return 'last';
  if (near(THIS_WORDS)) return 'this';
  return undefined;
}

function cueDistances(
  pattern: RegExp,
  sentence: string,
  start: number,
  end: number,
  skip?: (at: number, cue: string) => boolean,
): number[] {
  const global = new RegExp(
    pattern.source,
    pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`,
  );
  const out: number[] = [];
  for (const m of sentence.matchAll(global)) {
    const at = m.index ?? 0;
    const to = at + m[0].length;
    if (to > start && at < end) continue; // the date expression itself
    if (skip?.(at, m[0]) === true) continue;
    out.push(to <= start ? start - to : at - end);
  }
  return out;
}

/**
 * The tense a date is stated in: a past modifier beside it ("le 4 décembre dernier"), a scheduling phrase in
 * front of it ("für den", "pour le", "para el"), else the nearest tense cue of the sentence (futur, futur
 * proche, "wird", "se reunirá" against Perfekt, passé composé, pretérito). Unknown when the sentence has no
 * cue: the simple present, which in news states a schedule as often as a fact.
 */
export function nativeDirection(
  sentence: string,
  start: number,
  end: number,
  lexicon: NativeLexicon,
): Direction {
  const after = sentence.slice(end, end + NEAR);
  const before = sentence.slice(Math.max(0, start - NEAR), start);
  if (new RegExp(String.raw`^\s*(?:${lexicon.lastWeekday})(?!\p{L})`, 'iu').test(after)) return 'past';
  if (new RegExp(String.raw`(?<!\p{L})(?:${lexicon.lastWeekday})\s*$`, 'iu').test(before)) return 'past';
  if (lexicon.scheduledBefore.test(before)) return 'future';
  const change = changeWords(lexicon);
  const changed = change.test(sentence);
  // "reporté au 12 mars", "qui devait se tenir le 12 mars a été reporté": where a move leads and the
  // plan that moved are dates ahead.
  if (changed && movesTo(start, end, sentence, lexicon)) return 'future';
  if (changed && lexicon.planBefore.test(sentence.slice(Math.max(0, start - 60), start))) return 'future';
  const speech = speechWords(lexicon);
  const notPast = (at: number, cue: string): boolean =>
    // "a été annulé", "wurde ... verschoben", "ha sido cancelado": what became of the event, not when it is.
    (changed && change.test(/^[^,;:]{0,60}/u.exec(sentence.slice(at))?.[0] ?? '')) ||
    // "est prévue", "est maintenue": a present passive that schedules.
    lexicon.futureCues.test(cue) ||
    // "..., a annoncé la préfecture", "..., teilte der Veranstalter mit": the telling, in its own clause.
    (speech.test(cue) && /[,;:]/u.test(at > end ? sentence.slice(end, at) : sentence.slice(at, start)));
  const future = Math.min(...cueDistances(lexicon.futureCues, sentence, start, end));
  const past = Math.min(...cueDistances(lexicon.pastCues, sentence, start, end, notPast));
  if (future === Infinity && past === Infinity) return 'unknown';
  return future <= past ? 'future' : 'past';
}
