import type { Clock } from '../../clock/clock';
import type { Article } from '../article';
import { inContractShape, type Brief, type NextDate, type Person } from '../brief';
import type { BriefEngine, BriefOptions } from '../brief-engine';
import { detectArticleLanguage } from '../language/detect-language';
import { unsupportedLanguageWarning } from '../language/supported-languages';
import { findDateline } from './dates/dateline';
import { nextDatesWithTrace, type DateTrace } from './dates/next-dates';
import { readPublished } from './dates/published-time';
import { annotate, RUN_ON_CHARS, type AnnotatedDocument } from './document/annotated-document';
import { dropFurniture } from './furniture';
import { nativeLexicon } from './languages/native-languages';
import { nativeNextDatesWithTrace } from './languages/native-date-stages';
import { nativeOrganizations } from './languages/native-organizations';
import { nativePeople } from './languages/native-people';
import { detectOrganizations } from './organizations/detect-organizations';
import { detectPeople } from './people/detect-people';
import { summarize } from './summary/summarize';

/** Characters of article text the engine reads; the rest of a huge input is ignored (with a warning). */
export const MAX_BRIEF_CHARS = 200_000;
/** Characters searched for people and organizations (the tagger is the slow part). */
export const MAX_NAMES_CHARS = 60_000;

/** A reference date that is not a real YYYY-MM-DD day. */
export class InvalidPublishedDateError extends Error {
  readonly code = 'INVALID_PUBLISHED_DATE';
  constructor(readonly value: string) {
    super(`published date "${value}" is not a YYYY-MM-DD calendar day (or an ISO timestamp of one)`);
    this.name = 'InvalidPublishedDateError';
  }
}

/** True for a real calendar day written YYYY-MM-DD. */
export function isIsoDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

export interface LocalEngineDeps {
  clock: Clock;
}

/** Cuts text at the last paragraph (or line) break before `max` characters. */
function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const breakAt = Math.max(head.lastIndexOf('\n'), head.lastIndexOf('. '));
  return breakAt > max / 2 ? head.slice(0, breakAt + 1) : head;
}

/** Replaces control characters that are never article text (binary debris) with spaces. */
function sanitize(text: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g, ' ');
}

function safely<T>(work: () => T, fallback: T, warnings: string[], what: string): T {
  try {
    return work();
  } catch (err) {
    warnings.push(`${what} failed on this text: ${err instanceof Error ? err.message : String(err)}`);
    return fallback;
  }
}

/**
 * The offline engine: no key, no network. Drops page furniture, splits sentences, finds next dates
 * (chrono-node), people and organizations (compromise plus rules) and an extractive `what`.
 * It never throws for odd text; it returns what it found and says what it skipped in `warnings`.
 */
export class LocalEngine implements BriefEngine {
  readonly name = 'local';

  constructor(private readonly deps: LocalEngineDeps) {}

  /**
   * The brief and what the date stages did with every dated mention (text, value, verdict, the rule
   * that gave it, kept or why not): what `briefbot brief --explain` prints.
   */
  explain(article: Article, options: BriefOptions = {}): { brief: Brief; dates: DateTrace[] } {
    return this.run(article, options);
  }

  async brief(article: Article, options: BriefOptions = {}): Promise<Brief> {
    return this.briefNow(article, options);
  }

  /** The synchronous work behind `brief` (benchmarks call it directly). */
  briefNow(article: Article, options: BriefOptions = {}): Brief {
    return this.run(article, options).brief;
  }

  private run(article: Article, options: BriefOptions): { brief: Brief; dates: DateTrace[] } {
    // A publication timestamp gives the day and its clock time: later the same day is still to come.
    const given = options.published !== undefined ? readPublished(options.published) : undefined;
    if (options.published !== undefined && (!given || !isIsoDay(given.day)))
      throw new InvalidPublishedDateError(options.published);
    const stated = article.published !== undefined ? readPublished(article.published) : undefined;
    const warnings: string[] = [];
    const raw = sanitize(article.text ?? '');
    if (raw.length > MAX_BRIEF_CHARS) {
      warnings.push(
        `the article is ${raw.length} characters long; only the first ${MAX_BRIEF_CHARS} were read`,
      );
    }
    const { text } = dropFurniture(cutText(raw, MAX_BRIEF_CHARS), article.title ?? '');
    // The page's declaration checked against the text (a caller's `lang` is taken as given).
    const lang = options.lang ?? detectArticleLanguage(text, article.lang).lang;
    const languageWarning = unsupportedLanguageWarning(lang);
    if (languageWarning !== undefined) warnings.push(languageWarning);

    let published: string;
    let publishedSource: 'given' | 'article' | 'today';
    const dateline = safely(() => findDateline(text), undefined, warnings, 'reading the dateline');
    let publishedTime: string | undefined;
    if (given) [published, publishedSource, publishedTime] = [given.day, 'given', given.time];
    else if (stated && isIsoDay(stated.day))
      [published, publishedSource, publishedTime] = [stated.day, 'article', stated.time];
    else if (dateline !== undefined && isIsoDay(dateline))
      [published, publishedSource] = [dateline, 'article'];
    else [published, publishedSource] = [this.deps.clock.now().toISOString().slice(0, 10), 'today'];
    if (publishedSource === 'today')
      warnings.push(
        `no publication date given or found in the text; dates resolve from today (${published})`,
      );

    const namesText = cutText(text, MAX_NAMES_CHARS);
    if (namesText.length < text.length)
      warnings.push(
        `people and organizations were searched in the first ${namesText.length} characters only`,
      );
    // One annotated document (sentences, tokens, language) that every stage reads.
    const doc = safely<AnnotatedDocument>(
      () => annotate(text, { tagChars: namesText.length, lang }),
      annotate('', { lang }),
      warnings,
      'reading the text',
    );
    const { sentences } = doc;
    if (doc.runOnChars > 0)
      warnings.push(
        `${doc.runOnChars} characters of run-on sentences (over ${RUN_ON_CHARS} characters) were read for dates only`,
      );
    const native = nativeLexicon(doc.lang);
    const dated = safely(
      () =>
        native
          ? nativeNextDatesWithTrace(sentences, published, native)
          : nextDatesWithTrace(
              doc,
              publishedTime !== undefined ? `${published}T${publishedTime}` : published,
            ),
      { next: [], trace: [] },
      warnings,
      'finding dates',
    );
    const next: NextDate[] = dated.next;
    const people = safely<Person[]>(
      () => {
        const found = detectPeople(doc.namesText, doc.terms);
        return native ? nativePeople(found, doc.namesText, native) : found;
      },
      [],
      warnings,
      'finding people',
    );
    const orgs = safely<Person[]>(
      () => {
        const found = detectOrganizations(doc.namesText, people, doc.terms);
        return native ? nativeOrganizations(doc.namesText, people, found, native) : found;
      },
      [],
      warnings,
      'finding organizations',
    );
    const what = safely(() => summarize(sentences), '', warnings, 'summarising');
    if (text.trim() === '') warnings.push('the article has no text to brief');

    const brief: Brief = {
      title: article.title ?? '',
      published,
      publishedSource,
      lang: doc.lang,
      who: [...people, ...orgs],
      what,
      next,
      engine: this.name,
    };
    if (article.url !== undefined) brief.url = article.url;
    if (article.site !== undefined) brief.site = article.site;
    if (warnings.length > 0) brief.warnings = warnings;
    return { brief: inContractShape(brief), dates: dated.trace };
  }
}
