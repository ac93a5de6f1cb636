import type { Page } from 'playwright-core';

/**
 * Waits until the article's save state says "Saved". Typing switches it to "Saving…" in
 * the same event, so after typing this waits for the write to be acknowledged.
 */
export async function waitForSaved(page: Page, timeout = 15_000): Promise<void> {
  await page.getByRole('status', { name: 'Save state' }).getByText('Saved', { exact: true }).waitFor({ timeout });
}
