import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startTestApp } from '../support/browser-app';
import { sharedBrowser } from './support/shared-browser';
import { openAppPage } from './support/open-app-page';

const getBrowser = sharedBrowser();

describe('an article file the app cannot read', () => {
  it('is listed with its reason, opens read-only, and stays byte-identical', async (ctx) => {
    const browser = getBrowser();
    if (!browser) return ctx.skip();
    const libraryDir = fs.mkdtempSync(path.join(os.tmpdir(), 'triptych-ui-unreadable-'));
    try {
      // A first run writes the sample issue; then two of its files are damaged while the app is closed.
      const first = await startTestApp({ libraryDir, createSample: true });
      const [summary] = await first.ipc.call('issues:list', {});
      if (!summary?.readable) throw new Error('the sample issue is missing');
      const detail = await first.ipc.call('issue:get', { issueId: summary.id });
      await first.close();
      const [truncatedId, nulId] = detail.issue.articleOrder;
      if (!truncatedId || !nulId) throw new Error('the sample issue needs two articles');
      const fileOf = (articleId: string) => path.join(libraryDir, 'issues', summary.id, 'articles', `${articleId}.json`);
      const original = fs.readFileSync(fileOf(truncatedId));
      // Cut at half its characters, not bytes: cut inside a Cyrillic letter it would be invalid UTF-8 instead.
      const text = original.toString('utf8');
      const truncated = Buffer.from(text.slice(0, Math.floor(text.length / 2)), 'utf8');
      fs.writeFileSync(fileOf(truncatedId), truncated);
      const nulFilled = Buffer.concat([fs.readFileSync(fileOf(nulId)).subarray(0, 40), Buffer.alloc(512)]);
      fs.writeFileSync(fileOf(nulId), nulFilled);

      const app = await startTestApp({ libraryDir });
      try {
        const { page, context, problems } = await openAppPage(browser, app.url);
        await page.getByRole('button', { name: new RegExp(`^No\\. ${summary.number}\\b.*2 unreadable articles$`) }).click();
        await page.getByRole('heading', { level: 1, name: `Issue No. ${summary.number}` }).waitFor();

        const truncatedRow = page.getByRole('listitem', { name: `Article 1 of 2: Untitled article` });
        await truncatedRow.getByText('The file is not valid JSON: it may be cut short or damaged.').waitFor();
        const nulRow = page.getByRole('listitem', { name: `Article 2 of 2: Untitled article` });
        await nulRow.getByText(/The file contains null characters/).waitFor();

        await truncatedRow.getByRole('button', { name: `Unreadable article ${truncatedId}` }).click();
        await page.getByRole('heading', { level: 1, name: 'This article cannot be opened' }).waitFor();
        const panel = page.getByRole('alert').filter({ hasText: 'Triptych has not changed the file' });
        await panel.getByText('The file is not valid JSON: it may be cut short or damaged.').waitFor();
        await panel.getByText(`${truncatedId}.json`).waitFor();
        expect(await page.getByRole('textbox').count()).toBe(0);

        await page.getByRole('button', { name: 'Back' }).click();
        await nulRow.getByRole('button', { name: `Unreadable article ${nulId}` }).click();
        await page.getByRole('heading', { level: 1, name: 'This article cannot be opened' }).waitFor();
        await page.getByText(/The file contains null characters/).waitFor();
        await page.getByRole('button', { name: 'Back' }).click();
        await page.getByRole('heading', { level: 1, name: `Issue No. ${summary.number}` }).waitFor();

        // Longer than the autosave pause: nothing may have written to either file.
        await new Promise((resolve) => setTimeout(resolve, 1500));
        expect(fs.readFileSync(fileOf(truncatedId)).equals(truncated)).toBe(true);
        expect(fs.readFileSync(fileOf(nulId)).equals(nulFilled)).toBe(true);
        expect(problems).toEqual([]);
        await context.close();
      } finally {
        await app.close();
      }
    } finally {
      fs.rmSync(libraryDir, { recursive: true, force: true });
    }
  });
});
