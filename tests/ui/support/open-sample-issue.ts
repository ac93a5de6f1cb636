import type { Page } from 'playwright-core';
import type { TestApp } from '../../support/browser-app';

/** Opens the first-run sample issue from the library screen, the way a user would. */
export async function openSampleIssue(page: Page, app: TestApp) {
  const [summary] = await app.ipc.call('issues:list', {});
  if (!summary?.readable) throw new Error('the sample issue is missing');
  await page.getByRole('button', { name: new RegExp(`^No\\. ${summary.number}\\b`) }).click();
  await page.getByRole('heading', { level: 1, name: `Issue No. ${summary.number}` }).waitFor();
  return summary;
}

/** Opens the n-th article (1-based) of the issue on screen, the way a user would, and waits for its editor. */
export async function openArticle(page: Page, n = 1): Promise<void> {
  await page.getByRole('listitem', { name: new RegExp(`^Article ${n} of`) }).getByRole('button').first().click();
  await page.getByRole('heading', { level: 1, name: 'Article' }).waitFor();
}
