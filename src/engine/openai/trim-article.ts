/** Default prompt budget for the article itself, in estimated tokens. */
export const DEFAULT_ARTICLE_TOKEN_BUDGET = 3000;
/** Paragraphs at the top of an article always sent first: news puts the story in its lead. */
const LEAD_PARAGRAPHS = 3;

const DATE_HINT =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next (?:week|month|year)|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4})\b/i;

/** Tokens a text is likely to cost: characters / 4, the usual rule of thumb for English. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/** The article text sent to the model, and whether paragraphs were left out. */
export interface TrimmedArticle {
  text: string;
  trimmed: boolean;
  keptParagraphs: number;
  totalParagraphs: number;
}

/**
 * Fits an article into `budget` estimated tokens: the lead paragraphs first, then paragraphs that name dates,
 * then the rest, each in article order; what is chosen is sent in its original order. A single paragraph
 * larger than what is left is cut at a sentence end.
 */
export function trimArticle(text: string, budget = DEFAULT_ARTICLE_TOKEN_BUDGET): TrimmedArticle {
  const paragraphs = text
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const maxChars = budget * 4;
  if (text.length <= maxChars)
    return {
      text: paragraphs.join('\n\n'),
      trimmed: false,
      keptParagraphs: paragraphs.length,
      totalParagraphs: paragraphs.length,
    };
  const order = paragraphs.map((p, i) => ({
    p,
    i,
    rank: i < LEAD_PARAGRAPHS ? 0 : DATE_HINT.test(p) ? 1 : 2,
  }));
  order.sort((a, b) => a.rank - b.rank || a.i - b.i);
  const chosen = new Map<number, string>();
  let left = maxChars;
  for (const { p, i } of order) {
    const cost = p.length + 2;
    if (cost <= left) {
      chosen.set(i, p);
      left -= cost;
    } else if (left > 200 && chosen.size === 0) {
      const head = p.slice(0, left);
      const end = head.lastIndexOf('. ');
      chosen.set(i, end > 0 ? head.slice(0, end + 1) : head);
      left = 0;
    }
    if (left <= 0) break;
  }
  const kept = [...chosen.entries()].sort((a, b) => a[0] - b[0]).map(([, p]) => p);
  return {
    text: kept.join('\n\n'),
    trimmed: true,
    keptParagraphs: kept.length,
    totalParagraphs: paragraphs.length,
  };
}
