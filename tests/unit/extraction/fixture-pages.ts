import fs from 'node:fs';
import path from 'node:path';
import { decodeBody } from '../../../src/fetching/charset';

/** A fixture page written in the style of a real news site, with the text a reader sees and the metadata expected. */
export interface FixturePage {
  name: string;
  html: string;
  gold: string;
  expected: {
    pageUrl: string;
    title: string;
    published?: string;
    site?: string;
    byline?: string;
    lang?: string;
    url?: string;
    health: { paywalled: boolean; consentWalled: boolean; tooShort: boolean };
  };
}

export const PAGES_DIR = path.join(__dirname, '..', '..', 'fixtures', 'pages');

/** Every page in tests/fixtures/pages, decoded by its declared charset (one is windows-1252). */
export function loadFixturePages(): FixturePage[] {
  return fs
    .readdirSync(PAGES_DIR)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.html$/, '');
      return {
        name,
        html: decodeBody(fs.readFileSync(path.join(PAGES_DIR, file)), undefined, true).text,
        gold: fs.readFileSync(path.join(PAGES_DIR, `${name}.gold.txt`), 'utf8').trim(),
        expected: JSON.parse(
          fs.readFileSync(path.join(PAGES_DIR, `${name}.expected.json`), 'utf8'),
        ) as FixturePage['expected'],
      };
    });
}
