import type { NextDate, Person } from '../brief';
import { resolveDates } from '../local/dates/resolve-dates';
import type { ArticleIndex } from './article-index';
import { cleanModelText, MAX_WHAT_CHARS } from './clean-model-text';
import type { ModelAnswer } from './model-answer';

const MAX_LABEL_CHARS = 80;
const DAY_OR_MONTH = /^\d{4}-\d{2}(-\d{2})?$/;
const TIME = /^\d{2}:\d{2}$/;
/** Dates further ahead than this are not news events a channel is reminded of (and a favourite of injected text). */
export const HORIZON_YEARS = 10;

/** The checked brief fields, and one line per thing the checker dropped (for logs and warnings). */
export interface GroundedAnswer {
  what: string;
  who: Person[];
  next: NextDate[];
  dropped: string[];
}

/** True when `date` (YYYY-MM-DD or YYYY-MM) lies after the reference day (a month: not before its month). */
function isAfter(date: string, published: string): boolean {
  return date.length === 10 ? date > published : date >= published.slice(0, 7);
}

function resolvesTo(
  quote: string,
  date: string,
  published: string,
): { time: string | null; timezone: string | null } | undefined {
  let mentions;
  try {
    mentions = resolveDates(quote, published);
  } catch {
    return undefined;
  }
  const hit = mentions.find((m) => m.date === date);
  return hit ? { time: hit.time, timezone: hit.timezone } : undefined;
}

/**
 * Checks one `next` item against the article: its quote must be found in the article (whitespace-insensitive)
 * and the local resolver must read the same date from that quote, strictly after `published`. The quote
 * kept is the article's own span; time and zone come from the resolver, never from the model.
 */
export function groundNextDate(
  item: ModelAnswer['next'][number],
  article: ArticleIndex,
  published: string,
): NextDate | string {
  const label = `${item.date} "${item.what.slice(0, 60)}"`;
  if (!DAY_OR_MONTH.test(item.date))
    return `next ${label}: "${item.date}" is not a YYYY-MM-DD or YYYY-MM date`;
  const span = article.find(item.quote);
  if (!span) return `next ${label}: its quote is not in the article`;
  const resolved = resolvesTo(span.text, item.date, published);
  if (!resolved) return `next ${label}: the quote does not give that date`;
  if (!isAfter(item.date, published)) return `next ${label}: not after the publication date ${published}`;
  if (Number(item.date.slice(0, 4)) > Number(published.slice(0, 4)) + HORIZON_YEARS)
    return `next ${label}: more than ${HORIZON_YEARS} years after publication`;
  const what = cleanModelText(item.what, article, MAX_LABEL_CHARS);
  const where = item.where === null ? null : cleanModelText(item.where, article, MAX_LABEL_CHARS);
  return {
    date: item.date,
    time: resolved.time !== null && TIME.test(resolved.time) ? resolved.time : null,
    timezone: resolved.time !== null ? resolved.timezone : null,
    what: what === '' ? 'Scheduled date' : what,
    where: where !== null && where !== '' && article.hasWords(where) ? where : null,
    quote: span.text,
  };
}

/** Keeps a person or organization only when its name is in the article; aliases likewise. */
export function groundPerson(person: ModelAnswer['who'][number], article: ArticleIndex): Person | string {
  const name = person.name.replace(/\s+/g, ' ').trim();
  if (!article.hasWords(name)) return `who "${name.slice(0, 60)}": not in the article`;
  const out: Person = { name, kind: person.kind };
  const role = person.role === null ? '' : cleanModelText(person.role, article, MAX_LABEL_CHARS);
  if (role !== '') out.role = role;
  const aliases = [...new Set(person.aliases.map((a) => a.replace(/\s+/g, ' ').trim()))].filter(
    (a) => a !== name && article.hasWords(a),
  );
  if (aliases.length > 0) out.aliases = aliases;
  return out;
}

/**
 * The grounding checker: turns an untrusted model answer into brief fields that the article supports.
 * Dates the article cannot quote do not exist, people the article does not name do not exist, and `what`
 * is cut to 300 characters and stripped of mentions, foreign links and markup.
 */
export function groundAnswer(answer: ModelAnswer, article: ArticleIndex, published: string): GroundedAnswer {
  const dropped: string[] = [];
  const next: NextDate[] = [];
  for (const item of answer.next) {
    const checked = groundNextDate(item, article, published);
    if (typeof checked === 'string') dropped.push(checked);
    else if (!next.some((n) => n.date === checked.date && n.quote === checked.quote)) next.push(checked);
  }
  const who: Person[] = [];
  for (const person of answer.who) {
    const checked = groundPerson(person, article);
    if (typeof checked === 'string') dropped.push(checked);
    else if (!who.some((p) => p.name.toLowerCase() === checked.name.toLowerCase())) who.push(checked);
  }
  return { what: cleanModelText(answer.what, article, MAX_WHAT_CHARS), who, next, dropped };
}
