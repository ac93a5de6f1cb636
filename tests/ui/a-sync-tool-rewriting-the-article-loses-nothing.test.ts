import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startTestApp } from '../support/browser-app';
import { openAppPage } from './support/open-app-page';
import { openArticle, openSampleIssue } from './support/open-sample-issue';
import { poll } from './support/poll';
import { sharedBrowser } from './support/shared-browser';

const getBrowser = sharedBrowser();

/** What a sync tool does: rewrite the article file with another machine's version. */
async function rewriteTitle(file: string, title: string): Promise<void> {
  const article = JSON.parse(await fs.readFile(file, 'utf8')) as { versions: { en: { title: string } } };
  article.versions.en.title = title;
  await fs.writeFile(file, `${JSON.stringify(article, null, 2)}\n`);
}

describe('external changes to an open article (D8)', () => {
  it('reloads a clean article, and keeps both versions when there were unsaved edits', async (ctx) => {
    const browser = getBrowser();
    if (!browser) return ctx.skip();
    const libraryDir = await fs.mkdtemp(path.join(os.tmpdir(), 'triptych-sync-'));
    const app = await startTestApp({ libraryDir, createSample: true });
    try {
      const { page, context, problems } = await openAppPage(browser, app.url);
      const summary = await openSampleIssue(page, app);
      const detail = await app.ipc.call('issue:get', { issueId: summary.id });
      const articleId = detail.articles[0]!.id;
      const file = path.join(libraryDir, 'issues', summary.id, 'articles', `${articleId}.json`);
      await openArticle(page);
      const title = page.getByRole('textbox', { name: 'Title (English)' });
      await title.waitFor();

      // Clean: the new version simply appears.
      await rewriteTitle(file, 'Changed on the other laptop');
      await poll(() => page.getByRole('textbox', { name: 'Title (English)' }).inputValue(), (value) => value === 'Changed on the other laptop', 15_000);
      await page.getByText('This article was changed outside Triptych (for example by a sync tool) and has been reloaded.').waitFor();

      // Dirty: never overwritten; our text goes to a conflict copy and the screen says so.
      const field = page.getByRole('textbox', { name: 'Title (English)' });
      await field.fill('My unsaved title');
      await rewriteTitle(file, 'Second change from the other laptop');
      await page.getByText(/was changed outside Triptych \(for example by a sync tool\)\. Nothing was overwritten/).waitFor({ timeout: 15_000 });
      const onDisk = JSON.parse(await fs.readFile(file, 'utf8')) as { versions: { en: { title: string } } };
      expect(onDisk.versions.en.title).toBe('Second change from the other laptop');
      const copies = (await fs.readdir(path.dirname(file))).filter((name) => name.startsWith(`${articleId}.conflict-`));
      expect(copies).toHaveLength(1);
      const copy = JSON.parse(await fs.readFile(path.join(path.dirname(file), copies[0]!), 'utf8')) as { versions: { en: { title: string } } };
      expect(copy.versions.en.title).toBe('My unsaved title');
      expect(problems).toEqual([]);
      await context.close();
    } finally {
      await app.close();
    }
  });
});
