import { html, SafeHtml, type HtmlValue } from './html';
import { pageStyles } from './page-styles';

/** Built apart so its text is exactly `pageStyles`, the text the CSP hash covers. */
const styleElement = new SafeHtml(`<style>${pageStyles}</style>`);

export interface PageParts {
  /** The document title (tab, bookmarks). */
  title: string;
  /** Line above the heading, e.g. "briefbot · Slack channel". */
  kicker: string;
  heading: string;
  /** In-page sections for the navigation landmark: [id, label]. */
  sections: readonly (readonly [string, string])[];
  main: HtmlValue;
  footer: HtmlValue;
}

/** The shared frame of the private pages: landmarks, skip link, one inline stylesheet. */
export function renderLayout(parts: PageParts): SafeHtml {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <meta name="referrer" content="no-referrer" />
        <meta name="color-scheme" content="light dark" />
        <link rel="icon" href="data:," />
        <title>${parts.title}</title>
        ${styleElement}
      </head>
      <body>
        <a class="skip" href="#main">Skip to content</a>
        <header>
          <p>${parts.kicker}</p>
          <h1>${parts.heading}</h1>
          <nav aria-label="Sections">
            <ul>
              ${parts.sections.map(([id, label]) => html`<li><a href="#${id}">${label}</a></li>`)}
            </ul>
          </nav>
        </header>
        <main id="main">${parts.main}</main>
        <footer><p>${parts.footer}</p></footer>
      </body>
    </html> `;
}
