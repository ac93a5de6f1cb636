import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../support/browser-app';
import { sharedBrowser } from './support/shared-browser';
import { openAppPage } from './support/open-app-page';
import { openArticle } from './support/open-sample-issue';

const SCREENSHOT_DIR = path.join('test-results', 'screenshots');

const getBrowser = sharedBrowser();
beforeAll(() => {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
});

/**
 * Screenshots of the main screens with the sample issue, for people to look at (review,
 * README). The assertion is only that each one was written and is not blank.
 */
describe('screenshots', () => {
  it('captures the library, issue, article and settings screens', async (ctx) => {
    const browser = getBrowser();
    if (!browser) return ctx.skip();
    const app = await startTestApp({ createSample: true });
    try {
      const { page, context, problems } = await openAppPage(browser, app.url, { viewport: { width: 1366, height: 900 } });
      const shots: string[] = [];
      const shoot = async (name: string, fullPage = false) => {
        // No caret blinking or hover styles in the picture.
        await page.mouse.move(0, 899);
        const file = path.join(SCREENSHOT_DIR, `${name}.png`);
        await page.screenshot({ path: file, fullPage, animations: 'disabled', caret: 'hide' });
        shots.push(file);
      };
      const [summary] = await app.ipc.call('issues:list', {});
      if (!summary?.readable) throw new Error('the sample issue is missing');

      // A second, empty issue makes the library show more than one group.
      await app.ipc.call('issue:create-next', {});
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
      await page.getByRole('heading', { level: 2, name: /Drafts/ }).waitFor();
      await shoot('library');

      await page.getByRole('button', { name: new RegExp(`^No\\. ${summary.number}\\b`) }).click();
      await page.getByRole('heading', { level: 1, name: `Issue No. ${summary.number}` }).waitFor();
      await shoot('issue');

      await openArticle(page);
      await shoot('article', true);

      await page.getByRole('button', { name: 'Settings' }).click();
      const dialog = page.getByRole('dialog', { name: 'Settings' });
      await dialog.waitFor();
      await shoot('settings');
      await dialog.getByLabel('Interface language').selectOption('be');
      await page.getByRole('button', { name: 'Закрыць' }).click();
      await page.getByRole('button', { name: 'Назад' }).click();
      await page.getByRole('heading', { level: 1, name: `Выпуск № ${summary.number}` }).waitFor();
      await shoot('issue-be');

      for (const file of shots) expect(fs.statSync(file).size).toBeGreaterThan(10_000);
      expect(problems).toEqual([]);
      await context.close();
    } finally {
      await app.close();
    }
  });
});
