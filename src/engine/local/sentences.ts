import { nativeSentenceGoesOn } from './languages/native-sentences';

/** One sentence of an article; `start`/`end` are offsets into the text given to `splitSentences`. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Index of the paragraph (blocks separated by a blank line), from 0. */
  paragraph: number;
}

// Words whose trailing period does not end a sentence when more text follows on the line.
const TITLE_ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'mm',
  'dr',
  'prof',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'capt',
  'sgt',
  'cpl',
  'adm',
  'cmdr',
  'st',
  'mt',
  'ft',
  'jr',
  'sr',
  'rev',
  'hon',
  'pres',
  'amb',
  'supt',
  'messrs',
  'mme',
  'mlle',
  'no',
  'nos',
  'vs',
  'v',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'approx',
  'est',
  'fig',
  'p',
  'pp',
  'e.g',
  'i.e',
  'etc',
  'cf',
  'al',
  'inc',
  'corp',
  'ltd',
  'co',
]);
// Company suffixes and country initials can also end a sentence: join only when a name seems to go on.
const MAYBE_FINAL = new Set(['inc', 'corp', 'ltd', 'co', 'etc', 'no']);
const SENTENCE_STARTERS =
  /^(?:The|A|An|He|She|It|They|We|I|You|In|On|At|But|And|This|That|These|Those|There|His|Her|Its|Their|Our|As|After|Before|When|While|However|Meanwhile|If|According)\b/;

const TIME_ZONE_NEXT =
  /^\s*(?:\p{Lu}{2,5}\b|(?:Eastern|Central|Pacific|Mountain|Atlantic|Greenwich|Moscow|Paris|London|Berlin|Tokyo|Beijing|Local)\b)/u;

const WEEKDAY_NEXT = /^\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!['’]s)/;

function endsWithAbbreviation(segment: string, next: string): boolean {
  const m = /(?:^|[\s(“"'‘])((?:\p{L}\.){2,}|\p{L}[\p{L}.]*)\.\s*$/u.exec(segment);
  if (!m) return false;
  const word = m[1]!;
  const lower = word.toLowerCase();
  const startsSentence = SENTENCE_STARTERS.test(next.trimStart());
  // "at 9 p.m. Last year ...": after a clock time a capitalised word starts a sentence, unless it is a zone.
  // "at 3 p.m. Saturday": a weekday after the time is the time's day.
  if (/^[ap]\.m$/i.test(word))
    return !/^\s*\p{Lu}/u.test(next) || TIME_ZONE_NEXT.test(next) || WEEKDAY_NEXT.test(next);
  if (/^(?:\p{L}\.){1,}\p{L}$/u.test(word)) return !startsSentence; // U.S., U.K.
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "John F. Kennedy"
  if (!TITLE_ABBREVIATIONS.has(lower)) return false;
  if (MAYBE_FINAL.has(lower)) return !startsSentence && /^\s*[A-Z0-9]/.test(next) && lower !== 'etc';
  return true;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Splits text into sentences with Intl.Segmenter, then repairs its known misses: it never joins across a
 * line break (each line of a one-sentence-per-line text stays apart) and rejoins the pieces cut after
 * abbreviations such as "Mr.", "Gen.", "U.S." or "Jan." (and, for `lang` fr, de or es, that language's
 * ordinals and abbreviations: "10. Dezember", "M. Macron", "Sr."). Offsets point into `text`, and
 * `text.slice(start, end) === sentence.text`.
 */
export function splitSentences(text: string, lang?: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  const blockPattern = /[^\n]+/g;
  let previousLineEnd = -1;
  for (let line = blockPattern.exec(text); line; line = blockPattern.exec(text)) {
    if (line[0].trim() === '') continue;
    if (previousLineEnd >= 0 && /\n[ \t\r]*\n/.test(text.slice(previousLineEnd, line.index + 1))) paragraph++;
    previousLineEnd = line.index + line[0].length;
    const pieces: Array<{ start: number; end: number }> = [];
    for (const seg of segmenter.segment(line[0])) {
      const start = line.index + seg.index;
      const end = start + seg.segment.length;
      const last = pieces[pieces.length - 1];
      const piece = last ? text.slice(last.start, last.end) : '';
      if (
        last &&
        (endsWithAbbreviation(piece, seg.segment) || nativeSentenceGoesOn(lang, piece, seg.segment))
      )
        last.end = end;
      else pieces.push({ start, end });
    }
    for (const piece of pieces) {
      const raw = text.slice(piece.start, piece.end);
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim();
      if (body === '') continue;
      const start = piece.start + lead;
      sentences.push({ text: body, start, end: start + body.length, paragraph });
    }
  }
  return sentences;
}
