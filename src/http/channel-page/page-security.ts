import { createHash } from 'node:crypto';
import type { Response } from 'express';

/** The hash that lets exactly this inline stylesheet through the Content-Security-Policy. */
export function styleHash(css: string): string {
  return `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
}

/**
 * Headers of the private pages: nothing loads but the page's own inline stylesheet (no
 * scripts, fonts, frames or outside images), the secret URL never leaves in a Referer,
 * search engines skip it, and shared caches never keep it.
 */
export function setPrivatePageHeaders(res: Response, css: string): void {
  res
    .set(
      'Content-Security-Policy',
      [
        "default-src 'none'",
        `style-src ${styleHash(css)}`,
        'img-src data:',
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
      ].join('; '),
    )
    .set('Referrer-Policy', 'no-referrer')
    .set('X-Robots-Tag', 'noindex, nofollow')
    .set('Cache-Control', 'private, no-cache')
    .set('X-Content-Type-Options', 'nosniff')
    .set('X-Frame-Options', 'DENY');
}
