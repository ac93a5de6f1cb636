import { describe, expect, it } from 'vitest';
import { startTestApp } from '../support/browser-app';
import { sharedBrowser } from './support/shared-browser';
import { openAppPage } from './support/open-app-page';
import { openArticle } from './support/open-sample-issue';

const getBrowser = sharedBrowser();

describe('article columns', () => {
  it('shows only the chosen languages, in the chosen order, and keeps at least one', async (ctx) => {
    const browser = getBrowser();
    if (!browser) return ctx.skip();
    const app = await startTestApp({ createSample: true });
    try {
      const { page, context, problems } = await openAppPage(browser, app.url);
      await page.getByRole('button', { name: 'Settings' }).click();
      const dialog = page.getByRole('dialog', { name: 'Settings' });
      await dialog.getByRole('checkbox', { name: 'English' }).uncheck();
      await dialog.getByRole('button', { name: 'Move Russian up' }).click();
      // Focus stays on the moved language's controls.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Move Russian down');
      // Settings are written after the click returns; wait for the write, not a fixed time.
      await expect
        .poll(async () => (await app.ipc.call('settings:get', {})).visibleLanguages)
        .toEqual(['ru', 'be']);
      await dialog.getByRole('checkbox', { name: 'Belarusian' }).uncheck();
      expect(await dialog.getByRole('checkbox', { name: 'Russian' }).isDisabled()).toBe(true);
      await dialog.getByRole('checkbox', { name: 'Belarusian' }).check();
      await dialog.getByRole('button', { name: 'Close' }).click();

      const [summary] = await app.ipc.call('issues:list', {});
      if (!summary?.readable) throw new Error('the sample issue is missing');
      await page.getByRole('button', { name: new RegExp(`^No\\. ${summary.number}\\b`) }).click();
      await openArticle(page);
      const russian = await page.getByRole('region', { name: 'Russian' }).boundingBox();
      const belarusian = await page.getByRole('region', { name: 'Belarusian' }).boundingBox();
      expect(russian && belarusian && russian.x < belarusian.x).toBe(true);
      expect(await page.getByRole('region', { name: 'English' }).count()).toBe(0);
      expect(await page.getByRole('textbox', { name: 'Title (English)' }).count()).toBe(0);
      await page.getByRole('textbox', { name: 'Body (Russian)' }).waitFor();

      expect(problems).toEqual([]);
      await context.close();
    } finally {
      await app.close();
    }
  });
});
