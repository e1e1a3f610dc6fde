import { datesInText, formatDay } from './date-forms';

/** A date in the URL path such as /2021/12/31/, /2021-12-31/, /20211231/ or …-20211231.html. */
export function dateFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const split = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|-|_|\.|$)/.exec(path);
  if (split) return formatDay(Number(split[1]), Number(split[2]), Number(split[3]));
  const compact = /(?:^|[/_-])((?:19|20)\d{2})(\d{2})(\d{2})(?:$|[/_.-])/.exec(path);
  return compact ? formatDay(Number(compact[1]), Number(compact[2]), Number(compact[3])) : undefined;
}

/**
 * The first full date (with a year) in the opening `window` characters of the text, as in a
 * dateline: "WASHINGTON, Dec. 31, 2021 (Reuters) -", "LONDON, 31 December 2021 -", "Berlin, 31.12.2021".
 */
export function dateInText(text: string, window = 400, lang?: string): string | undefined {
  return datesInText(text.slice(0, window), lang)[0]?.day;
}

/** Labels pages put before the publication date in visible text. */
const POSTED_LABEL =
  /(?<![\p{L}])(?:posted|published|publication date|publié(?: le)?|mis en ligne(?: le)?|veröffentlicht(?: am)?|erstellt(?: am)?|publiziert(?: am)?|erschienen(?: am)?|datum|publicado(?: el)?|pubblicato(?: il)?|gepubliceerd(?: op)?)(?![\p{L}])[\s:]*/giu;

/**
 * A date the page states as its publication date in visible text, for pages with no metadata:
 * "Posted Thursday, September 12, 2024 8:15 AM", "Published 3 March 2024", "Publié le 2 juin 2022",
 * "Veröffentlicht am 19.11.2019".
 */
export function postedDateInText(text: string, lang?: string): string | undefined {
  for (const match of text.matchAll(POSTED_LABEL)) {
    const date = dateInText(text.slice(match.index + match[0].length), 50, lang);
    if (date) return date;
  }
  return undefined;
}
