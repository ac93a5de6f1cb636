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
