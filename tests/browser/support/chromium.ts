import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';

/**
 * The browser tests drive the OS's Chromium (Debian's `chromium` package, which .ci/run installs
 * when missing) through playwright-core; no browser build is ever downloaded (docs/adr/023).
 */
const candidates = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/lib/chromium/chromium',
  '/snap/bin/chromium',
].filter((p): p is string => typeof p === 'string' && p !== '');

export function chromiumPath(): string {
  const found = candidates.find((p) => existsSync(p));
  if (!found)
    throw new Error(
      `No Chromium found (looked at ${candidates.join(', ')}). Install it with \`apt-get install chromium\` ` +
        'or set CHROMIUM_PATH; .ci/run installs it when missing.',
    );
  return found;
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  try {
    return await chromium.launch({ executablePath, args: ['--disable-gpu', '--no-first-run'] });
  } catch (err) {
    throw new Error(`Chromium at ${executablePath} did not start: ${(err as Error).message}`);
  }
}

/** Where the tests save their screenshots (git-ignored). */
export const screenshotDir = path.join(__dirname, '..', '..', '..', 'test-results', 'browser');

export function screenshotPath(name: string): string {
  mkdirSync(screenshotDir, { recursive: true });
  return path.join(screenshotDir, name);
}

/** A page whose every request outside `origin` is aborted and recorded, with console errors and dialogs recorded too. */
export interface GuardedPage {
  context: BrowserContext;
  page: Page;
  /** URLs the page tried to load from anywhere but the test server. */
  outside: string[];
  /** Console errors, uncaught page errors and dialogs (alert, confirm) the page raised. */
  problems: string[];
}

export async function guardedPage(
  browser: Browser,
  origin: string,
  options: BrowserContextOptions = {},
): Promise<GuardedPage> {
  const context = await browser.newContext(options);
  const outside: string[] = [];
  const problems: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === origin || url.startsWith(`${origin}/`)) return route.continue();
    outside.push(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning')
      problems.push(`console ${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return { context, page, outside, problems };
}
