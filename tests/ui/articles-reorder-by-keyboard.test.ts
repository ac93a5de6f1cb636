import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/browser-app';
import { sharedBrowser } from './support/shared-browser';
import { openAppPage } from './support/open-app-page';
import { openSampleIssue } from './support/open-sample-issue';
import { poll } from './support/poll';

const getBrowser = sharedBrowser();

async function openSampleIssueOrder(page: Page, app: TestApp) {
  const summary = await openSampleIssue(page, app);
  const detail = await app.ipc.call('issue:get', { issueId: summary.id });
  const titles = new Map(detail.articles.map((a) => [a.id, a.readable ? a.titles.en : a.id]));
  return { issueId: summary.id, order: detail.issue.articleOrder, titles };
}

/** The rows' accessible names in screen order. */
async function rowNames(page: Page): Promise<string[]> {
  const rows = page.getByRole('list').filter({ has: page.getByRole('listitem', { name: /^Article \d+ of/ }) }).getByRole('listitem');
  return Promise.all((await rows.all()).map(async (row) => (await row.getAttribute('aria-label')) ?? ''));
}

const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');

describe('reordering articles', () => {
  it('Alt+↓ and Alt+↑ on a focused row move it, keep focus on it and save the order', async (ctx) => {
    const browser = getBrowser();
    if (!browser) return ctx.skip();
    const app = await startTestApp({ createSample: true });
    try {
      const { page, context, problems } = await openAppPage(browser, app.url);
      const { issueId, order, titles } = await openSampleIssueOrder(page, app);
      const [firstId, secondId] = order;
      if (!firstId || !secondId) throw new Error('the sample issue needs two articles');
      const firstTitle = titles.get(firstId) ?? '';

      await page.getByRole('listitem', { name: `Article 1 of 2: ${firstTitle}` }).focus();
      await page.keyboard.press('Alt+ArrowDown');
      await page.getByRole('listitem', { name: `Article 2 of 2: ${firstTitle}` }).waitFor();
      expect(await focusedName(page)).toBe(`Article 2 of 2: ${firstTitle}`);
      expect(await rowNames(page)).toEqual([`Article 1 of 2: ${titles.get(secondId)}`, `Article 2 of 2: ${firstTitle}`]);
      await page.getByRole('status').filter({ hasText: `“${firstTitle}” is now at position 2 of 2.` }).waitFor();
      await poll(
        () => app.ipc.call('issue:get', { issueId }),
        (d) => d.issue.articleOrder.join() === [secondId, firstId].join(),
      );

      // At the end of the list Alt+↓ does nothing; Alt+↑ moves it back.
      await page.keyboard.press('Alt+ArrowDown');
      expect(await focusedName(page)).toBe(`Article 2 of 2: ${firstTitle}`);
      await page.keyboard.press('Alt+ArrowUp');
      await page.getByRole('listitem', { name: `Article 1 of 2: ${firstTitle}` }).waitFor();
      expect(await focusedName(page)).toBe(`Article 1 of 2: ${firstTitle}`);
      await poll(
        () => app.ipc.call('issue:get', { issueId }),
        (d) => d.issue.articleOrder.join() === [firstId, secondId].join(),
      );

      // The order survives a reload.
      await page.keyboard.press('Alt+ArrowDown');
      await poll(
        () => app.ipc.call('issue:get', { issueId }),
        (d) => d.issue.articleOrder.join() === [secondId, firstId].join(),
      );
      await page.reload();
      await openSampleIssueOrder(page, app);
      expect(await rowNames(page)).toEqual([`Article 1 of 2: ${titles.get(secondId)}`, `Article 2 of 2: ${firstTitle}`]);
      expect(problems).toEqual([]);
      await context.close();
    } finally {
      await app.close();
    }
  });

  it('the Move buttons reorder too, and focus stays on a usable button', async (ctx) => {
    const browser = getBrowser();
    if (!browser) return ctx.skip();
    const app = await startTestApp({ createSample: true });
    try {
      const { page, context, problems } = await openAppPage(browser, app.url);
      const { issueId, order, titles } = await openSampleIssueOrder(page, app);
      const [firstId, secondId] = order;
      const firstTitle = titles.get(firstId ?? '') ?? '';
      const firstRow = page.getByRole('listitem', { name: `Article 1 of 2: ${firstTitle}` });
      expect(await firstRow.getByRole('button', { name: 'Move up' }).isDisabled()).toBe(true);

      await firstRow.getByRole('button', { name: 'Move down' }).click();
      const movedRow = page.getByRole('listitem', { name: `Article 2 of 2: ${firstTitle}` });
      await movedRow.waitFor();
      // "Move down" is now disabled, so focus went to its twin.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Move up');
      expect(await movedRow.getByRole('button', { name: 'Move up' }).evaluate((el) => el === document.activeElement)).toBe(true);
      await poll(
        () => app.ipc.call('issue:get', { issueId }),
        (d) => d.issue.articleOrder.join() === [secondId, firstId].join(),
      );
      expect(problems).toEqual([]);
      await context.close();
    } finally {
      await app.close();
    }
  });
});
