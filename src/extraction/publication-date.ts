const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

function format(year: number, month: number, day: number): string | undefined {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(name: string): number {
  return (
    MONTHS[
      name
        .toLowerCase()
        .replace('.', '')
        .slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3)
    ] ?? 0
  );
}

/**
 * A publication date as YYYY-MM-DD, from the forms sites put in metadata: ISO 8601 (the date as
 * written, not shifted to UTC), compact 20211231, and "Dec 31, 2021" / "31 December 2021".
 */
export function normaliseDate(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  const value = raw.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(value);
  if (iso) return format(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const compact = /^(\d{4})(\d{2})(\d{2})(?:$|T|\d)/.exec(value);
  if (compact) return format(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  const slashed = /^(\d{4})\/(\d{1,2})\/(\d{1,2})\b/.exec(value);
  if (slashed) return format(Number(slashed[1]), Number(slashed[2]), Number(slashed[3]));
  return dateInText(value, value.length);
}

/** A date in the URL path such as /2021/12/31/ or /2021-12-31/. */
export function dateFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const match = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|-|$)/.exec(path);
  return match ? format(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
}

/**
 * The first full date (with a year) in the opening `window` characters of the text, as in a
 * dateline: "WASHINGTON, Dec. 31, 2021 (Reuters) -" or "LONDON, 31 December 2021 -".
 */
export function dateInText(text: string, window = 400): string | undefined {
  const head = text.slice(0, window);
  const monthFirst = new RegExp(
    `\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b`,
    'i',
  ).exec(head);
  const dayFirst = new RegExp(
    `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+((?:19|20)\\d{2})\\b`,
    'i',
  ).exec(head);
  const candidates: Array<{ index: number; date: string | undefined }> = [];
  if (monthFirst)
    candidates.push({
      index: monthFirst.index,
      date: format(Number(monthFirst[3]), monthNumber(monthFirst[1]!), Number(monthFirst[2])),
    });
  if (dayFirst)
    candidates.push({
      index: dayFirst.index,
      date: format(Number(dayFirst[3]), monthNumber(dayFirst[2]!), Number(dayFirst[1])),
    });
  candidates.sort((a, b) => a.index - b.index);
  return candidates.find((c) => c.date !== undefined)?.date;
}

/**
 * A date the page states as its publication date in visible text, for pages with no metadata:
 * "Posted Thursday, September 12, 2024 8:15 AM", "Published 3 March 2024", "Publié le 2 juin 2022".
 */
export function postedDateInText(text: string): string | undefined {
  const label = /\b(?:posted|published|publié(?: le)?|veröffentlicht(?: am)?)\b[\s:]*/gi;
  for (let match = label.exec(text); match !== null; match = label.exec(text)) {
    const date = dateInText(text.slice(match.index + match[0].length), 40);
    if (date) return date;
  }
  return undefined;
}
