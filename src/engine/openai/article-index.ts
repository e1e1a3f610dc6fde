/** A span of the article: offsets into the original text and the text itself, verbatim. */
export interface ArticleSpan {
  start: number;
  end: number;
  text: string;
}

const QUOTE_MARKS: Record<string, string> = { '\u2018': "'", '\u2019': "'", '\u201c': '"', '\u201d': '"' };

/** Whitespace collapsed to one space, typographic quotes made straight; `map[i]` is the source offset of char i. */
function normalize(text: string): { text: string; map: number[] } {
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      if (out.length > 0 && !out.endsWith(' ')) {
        out += ' ';
        map.push(i);
      }
      continue;
    }
    out += QUOTE_MARKS[ch] ?? ch;
    map.push(i);
  }
  return { text: out, map };
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * The article as the grounding checker searches it: whitespace-insensitive (line breaks, double spaces and
 * typographic quotes do not matter), and every hit maps back to the verbatim source span.
 */
export class ArticleIndex {
  private readonly source: string;
  private readonly norm: { text: string; map: number[] };
  private readonly lower: string;

  constructor(title: string, text: string) {
    this.source = title === '' ? text : `${title}\n\n${text}`;
    this.norm = normalize(this.source);
    this.lower = this.norm.text.toLowerCase();
  }

  /** The verbatim span of the article matching `needle` (whitespace-insensitive, case-sensitive), if any. */
  find(needle: string): ArticleSpan | undefined {
    const n = normalize(needle).text.trim();
    if (n === '') return undefined;
    const at = this.norm.text.indexOf(n);
    if (at < 0) return undefined;
    const start = this.norm.map[at]!;
    const end = this.norm.map[at + n.length - 1]! + 1;
    return { start, end, text: this.source.slice(start, end) };
  }

  /** True when `name` appears in the article as whole words (case- and whitespace-insensitive). */
  hasWords(name: string): boolean {
    const n = normalize(name).text.trim().toLowerCase();
    if (n === '') return false;
    for (let at = this.lower.indexOf(n); at >= 0; at = this.lower.indexOf(n, at + 1)) {
      const before = this.lower[at - 1];
      const after = this.lower[at + n.length];
      if ((before === undefined || !WORD.test(before)) && (after === undefined || !WORD.test(after)))
        return true;
    }
    return false;
  }

  /** True when `fragment` occurs anywhere in the article (case-insensitive), e.g. a link. */
  includes(fragment: string): boolean {
    const n = normalize(fragment).text.trim().toLowerCase();
    return n !== '' && this.lower.includes(n);
  }
}
