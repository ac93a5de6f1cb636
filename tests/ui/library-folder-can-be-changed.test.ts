import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startTestApp } from '../support/browser-app';
import { sharedBrowser } from './support/shared-browser';
import { openAppPage } from './support/open-app-page';

const getBrowser = sharedBrowser();

describe('the library folder in Settings', () => {
  it('shows where the library is, takes another folder from the dialog and offers a restart', async (ctx) => {
    const browser = getBrowser();
    if (!browser) return ctx.skip();
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'triptych-ui-other-library-'));
    let restarts = 0;
    const app = await startTestApp({ desktop: { chooseFolder: async () => other, restart: () => void restarts++ } });
    try {
      const { page, context, problems } = await openAppPage(browser, app.url);
      await page.getByRole('button', { name: 'Settings' }).click();
      const dialog = page.getByRole('dialog', { name: 'Settings' });
      await expect.poll(() => dialog.getByRole('textbox', { name: 'Library folder' }).inputValue()).toBe(app.libraryDir);

      await dialog.getByRole('button', { name: 'Change folder…' }).click();
      await dialog.getByRole('status').getByText(`Triptych will open the library in ${other} after a restart.`).waitFor();
      expect((await app.ipc.call('settings:get', {})).libraryPath).toBe(other);
      fs.mkdirSync('test-results/screenshots', { recursive: true });
      await page.screenshot({ path: 'test-results/screenshots/settings-library-folder.png' });

      await dialog.getByRole('button', { name: 'Restart now' }).click();
      await expect.poll(() => restarts).toBe(1);
      expect(problems).toEqual([]);
      await context.close();
    } finally {
      await app.close();
      fs.rmSync(other, { recursive: true, force: true });
    }
  });
});
