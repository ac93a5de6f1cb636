import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startTestApp } from '../support/browser-app';
import { sharedBrowser } from './support/shared-browser';
import { openAppPage } from './support/open-app-page';

const getBrowser = sharedBrowser();

describe('a library whose library.json cannot be read', () => {
  it('opens read-only with the reason, refuses changes with a readable message, and keeps the file', async (ctx) => {
    const browser = getBrowser();
    if (!browser) return ctx.skip();
    const libraryDir = fs.mkdtempSync(path.join(os.tmpdir(), 'triptych-ui-readonly-'));
    try {
      const first = await startTestApp({ libraryDir, createSample: true });
      await first.close();
      const manifest = path.join(libraryDir, 'library.json');
      const damaged = Buffer.concat([fs.readFileSync(manifest).subarray(0, 30), Buffer.alloc(64)]);
      fs.writeFileSync(manifest, damaged);

      const app = await startTestApp({ libraryDir });
      try {
        const { page, context } = await openAppPage(browser, app.url);
        const banner = page.getByRole('alert').filter({ hasText: 'This library is open read-only.' });
        await banner.getByText(/null characters/).waitFor();
        // The sample issue is still listed and readable.
        await page.getByRole('button', { name: /^No\. 1\b/ }).waitFor();

        await page.getByRole('button', { name: 'New issue' }).click();
        await page.getByRole('alert').filter({ hasText: 'The library is open read-only because library.json could not be read. Nothing was changed.' }).first().waitFor();
        expect(fs.readFileSync(manifest).equals(damaged)).toBe(true);
        expect(fs.readdirSync(path.join(libraryDir, 'issues'))).toHaveLength(1);
        await context.close();
      } finally {
        await app.close();
      }
    } finally {
      fs.rmSync(libraryDir, { recursive: true, force: true });
    }
  });
});
