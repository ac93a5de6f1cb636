import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../support/browser-app';

/**
 * One Chromium per test file, launched before its tests and closed after them. Returns a
 * getter: null when Chromium is missing outside CI (the tests then skip with the reason
 * printed by launchChromium; with CI=true launching throws and the file fails).
 */
export function sharedBrowser(): () => Browser | null {
  let browser: Browser | null = null;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser;
}
