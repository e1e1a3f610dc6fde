/**
 * An article ready for a brief engine: plain text, one paragraph per line
 * (blank lines between paragraphs are fine), furniture already removed where the
 * extractor could. Produced by src/extraction (HTML) or read from a .txt file.
 */
export interface Article {
  title: string;
  /** Body text. Quotes in a brief must be found verbatim in `title` or `text`. */
  text: string;
  /** Publication date, YYYY-MM-DD, when known. Next dates resolve forward from it. */
  published?: string;
  url?: string;
  site?: string;
  byline?: string;
  /** BCP-47 language tag when known, e.g. "en". */
  lang?: string;
  /** Set by the extractor: how healthy the extraction looked. */
  health?: ExtractionHealth;
}

export interface ExtractionHealth {
  chars: number;
  paywalled: boolean;
  consentWalled: boolean;
  tooShort: boolean;
}
