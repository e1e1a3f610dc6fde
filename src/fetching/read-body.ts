import { pipeline, type Readable, type Transform } from 'node:stream';
import zlib from 'node:zlib';
import { TooLargeError, UnsupportedContentTypeError } from './errors';

/**
 * Reads a response body, undoing Content-Encoding (gzip, deflate, br) while streaming and
 * counting DECOMPRESSED bytes: a compression bomb stops at `maxBytes`, not at the end of the
 * bomb. Backpressure keeps the decompressor from running ahead of the count.
 */
export async function readLimitedBody(
  body: Readable,
  contentEncoding: string | string[] | undefined,
  maxBytes: number,
  url: string,
): Promise<Buffer> {
  const decoders = decodersFor(contentEncoding, url);
  const last = decoders[decoders.length - 1];
  // Errors surface through the iteration below (pipeline destroys the last stream with them).
  if (last !== undefined) pipeline([body, ...decoders], () => undefined);
  const stream: Readable = last ?? body;
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxBytes) throw new TooLargeError(url, maxBytes);
      chunks.push(chunk);
    }
  } finally {
    for (const s of [stream, body]) {
      if (s.destroyed) continue;
      s.on('error', () => undefined); // the abort we cause here is not news
      s.destroy();
    }
  }
  return Buffer.concat(chunks, total);
}

/** Decoders in the order to apply them (the header lists codings in the order they were applied). */
function decodersFor(header: string | string[] | undefined, url: string): Transform[] {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  const codings = value
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '' && c !== 'identity');
  return codings.reverse().map((coding) => {
    switch (coding) {
      case 'gzip':
      case 'x-gzip':
      case 'deflate':
        // Unzip auto-detects the gzip and zlib headers, so both codings decode here.
        return zlib.createUnzip();
      case 'br':
        return zlib.createBrotliDecompress();
      default:
        throw new UnsupportedContentTypeError(
          url,
          `content encoded with ${coding}`,
          `the site sent the page encoded with ${coding}, which briefbot cannot read`,
        );
    }
  });
}
