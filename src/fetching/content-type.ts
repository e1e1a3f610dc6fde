/** The media types briefbot reads as pages; anything else is refused with its type named. */
export const PAGE_TYPES: ReadonlySet<string> = new Set(['text/html', 'application/xhtml+xml', 'text/plain']);

export interface ContentType {
  /** Lower-case media type without parameters, e.g. "text/html"; "" when the header is missing. */
  mediaType: string;
  charset?: string;
}

export function parseContentType(header: string | string[] | undefined): ContentType {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || value.trim() === '') return { mediaType: '' };
  const [type = '', ...params] = value.split(';');
  const result: ContentType = { mediaType: type.trim().toLowerCase() };
  for (const param of params) {
    const eq = param.indexOf('=');
    if (eq < 0) continue;
    if (param.slice(0, eq).trim().toLowerCase() === 'charset') {
      const charset = param
        .slice(eq + 1)
        .trim()
        .replace(/^["']|["']$/g, '');
      if (charset !== '') result.charset = charset;
    }
  }
  return result;
}

/** True when the first bytes look like binary data (a NUL byte), whatever the header claimed. */
export function looksBinary(body: Buffer, charset: string | undefined): boolean {
  if (charset !== undefined && /^utf-?16/i.test(charset)) return false;
  if (body[0] === 0xfe && body[1] === 0xff) return false;
  if (body[0] === 0xff && body[1] === 0xfe) return false;
  return body.subarray(0, 1024).includes(0);
}

/**
 * True when decoded page text holds at least one element tag, i.e. something the HTML parser turns
 * into a document (a page of only a doctype or comments yields none). UTF-8 bytes decoded as UTF-16 (a false label, no byte-order mark)
 * never do: every pair of bytes becomes one CJK-range character.
 */
export function hasMarkup(text: string): boolean {
  return /<\/?[A-Za-z]/.test(text);
}
