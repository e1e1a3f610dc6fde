/**
 * Finds a page's character encoding and decodes it: byte-order mark, then the Content-Type
 * charset, then `<meta charset>` or `<meta http-equiv="content-type">` in the first 4 KB,
 * else UTF-8. Labels follow the WHATWG Encoding Standard (so "iso-8859-1" decodes as
 * windows-1252, as browsers do); an unknown label falls back to UTF-8.
 */
export interface DecodedText {
  text: string;
  /** The encoding actually used, as TextDecoder names it (e.g. "utf-8", "windows-1252"). */
  charset: string;
}

const META_WINDOW = 4096;

export function decodeBody(body: Buffer, headerCharset: string | undefined, isHtml: boolean): DecodedText {
  const bom = charsetFromBom(body);
  const label =
    bom ?? usable(headerCharset) ?? (isHtml ? usable(charsetFromMeta(body)) : undefined) ?? 'utf-8';
  const decoder = new TextDecoder(label);
  const text = decoder.decode(body);
  return {
    text: decoder.encoding === 'windows-1252' ? fixWindows1252(text) : text,
    charset: decoder.encoding,
  };
}

/**
 * WHATWG index-windows-1252 for bytes 0x80-0x9F. Node 20.18.3+ and 22.13+ decode
 * "windows-1252" (and so "iso-8859-1") as plain Latin-1, turning ’ “ ” – € into C1 control
 * characters (nodejs/node#60888). Mapping them afterwards is right on fixed versions too.
 */
const C1_TO_WINDOWS_1252 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function fixWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (ch) => C1_TO_WINDOWS_1252[ch.charCodeAt(0) - 0x80] ?? ch);
}

/** The charset named in a `<meta>` tag within the first 4 KB, if any. */
export function charsetFromMeta(body: Buffer): string | undefined {
  const head = body.subarray(0, META_WINDOW).toString('latin1');
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (
      direct?.[1] &&
      (/^<meta\s[^>]*\bcharset\s*=/i.test(tag) || /http-equiv\s*=\s*["']?content-type/i.test(tag))
    ) {
      return direct[1];
    }
  }
  return undefined;
}

function charsetFromBom(body: Buffer): string | undefined {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return 'utf-8';
  if (body[0] === 0xfe && body[1] === 0xff) return 'utf-16be';
  if (body[0] === 0xff && body[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/** The label when TextDecoder knows it, else undefined. */
function usable(label: string | undefined): string | undefined {
  if (label === undefined || label.trim() === '') return undefined;
  try {
    new TextDecoder(label.trim());
    return label.trim();
  } catch {
    return undefined;
  }
}
