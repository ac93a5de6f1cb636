import type { Browser, BrowserContext, Page } from 'playwright-core';

export interface AppPage {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions and console errors (a CSP violation is one): a test ends with none. */
  problems: string[];
}

export interface OpenAppPageOptions {
  viewport?: { width: number; height: number };
}

/**
 * A fresh browser context (own storage, own settings of the page) on the app's URL,
 * waiting until the library screen is up.
 */
export async function openAppPage(browser: Browser, url: string, options: OpenAppPageOptions = {}): Promise<AppPage> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 860 }, locale: 'en-US' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  return { context, page, problems };
}
