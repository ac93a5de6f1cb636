import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { waitForSaved } from './support/wait-for-saved';
import { startTestApp, type TestApp } from '../support/browser-app';
import { openAppPage } from './support/open-app-page';
import { openArticle, openSampleIssue } from './support/open-sample-issue';
import { sharedBrowser } from './support/shared-browser';

const getBrowser = sharedBrowser();

/** A desktop stand-in whose open dialog answers with whatever file the test names next. */
function fakeDesktop(dir: string) {
  const picks: { article: string | null; archive: string | null } = { article: null, archive: null };
  return {
    picks,
    port: {
      chooseFolder: async () => null,
      restart: () => {},
      chooseExportFolder: async () => dir,
      chooseImportFile: async (kind: 'article' | 'archive') => picks[kind],
      showInFolder: () => {},
    },
  };
}

async function firstArticle(app: TestApp) {
  const [summary] = await app.ipc.call('issues:list', {});
  if (!summary?.readable) throw new Error('the sample issue is missing');
  const { issue } = await app.ipc.call('issue:get', { issueId: summary.id });
  return app.ipc.call('article:get', { issueId: issue.id, articleId: issue.articleOrder[0]! });
}

describe('importing', () => {
  it('a Markdown file replaces one version’s text after a confirmation; a damaged DOCX changes nothing', async (ctx) => {
    const browser = getBrowser();
    if (!browser) return ctx.skip();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'triptych-ui-import-'));
    const desktop = fakeDesktop(dir);
    const app = await startTestApp({ desktop: desktop.port });
    try {
      const note = path.join(dir, 'note.md');
      fs.writeFileSync(note, '## Talks resume\n\nBoth ministries met on **Friday**.\n\n![chart](chart.png)\n');
      const { page, context, problems } = await openAppPage(browser, app.url);
      await openSampleIssue(page, app);
      await openArticle(page, 1);
      const english = page.getByRole('region', { name: /English/ });
      const body = page.getByRole('textbox', { name: 'Body (English)' });
      // The Belarusian text, block by block (outdated markers and slots the import may add are not text).
      const belarusianText = () =>
        page.getByRole('textbox', { name: 'Body (Belarusian)' }).evaluate((el) =>
          [...el.children].filter((child) => !child.classList.contains('ProseMirror-widget')).map((child) => (child as HTMLElement).innerText),
        );
      const belarusianBefore = await belarusianText();

      desktop.picks.article = note;
      await english.getByRole('button', { name: 'Import into English version…' }).click();
      const confirm = page.getByRole('dialog', { name: 'Replace the English text with “note.md”?' });
      await confirm.getByRole('button', { name: 'Replace' }).click();

      await body.getByRole('heading', { level: 2, name: 'Talks resume' }).waitFor();
      await body.getByText('Both ministries met on Friday.').waitFor();
      expect(await body.locator('strong').innerText()).toBe('Friday');
      await page.getByRole('status').getByText('Imported “note.md”. 1 image was left out: articles carry no images.').waitFor();
      expect(await belarusianText()).toEqual(belarusianBefore);
      // The import may leave follow-up changes (translation records) for the autosave: let it finish.
      await waitForSaved(page);
      const imported = await firstArticle(app);
      expect(imported.article.versions.en.body.content?.[0]).toMatchObject({ type: 'heading', content: [{ text: 'Talks resume' }] });

      // A file that only claims to be DOCX: the translated error, and the article as it was.
      const broken = path.join(dir, 'broken.docx');
      fs.writeFileSync(broken, 'PK\u0003\u0004 this is not really a zip archive');
      desktop.picks.article = broken;
      await english.getByRole('button', { name: 'Import into English version…' }).click();
      await page.getByRole('dialog', { name: 'Replace the English text with “broken.docx”?' }).getByRole('button', { name: 'Replace' }).click();
      await page
        .getByRole('alert')
        .getByText('The file could not be imported: it is damaged or not the kind of file its name says. Nothing was changed.')
        .waitFor();
      expect((await firstArticle(app)).revision).toBe(imported.revision);
      await body.getByRole('heading', { level: 2, name: 'Talks resume' }).waitFor();

      // Cancelling the confirmation imports nothing either.
      desktop.picks.article = note;
      await english.getByRole('button', { name: 'Import into English version…' }).click();
      await page.getByRole('dialog', { name: 'Replace the English text with “note.md”?' }).getByRole('button', { name: 'Cancel' }).click();
      expect((await firstArticle(app)).revision).toBe(imported.revision);

      fs.mkdirSync('/tmp/look', { recursive: true });
      await page.screenshot({ path: '/tmp/look/import-article.png', animations: 'disabled', fullPage: true });
      expect(problems).toEqual([]);
      await context.close();
    } finally {
      await app.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an archive of an issue already in the library asks Replace or Copy; Copy adds a second issue', async (ctx) => {
    const browser = getBrowser();
    if (!browser) return ctx.skip();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'triptych-ui-archive-'));
    const desktop = fakeDesktop(dir);
    const app = await startTestApp({ desktop: desktop.port });
    try {
      // The sample issue's own archive, made through the same channels the dialog uses.
      const [summary] = await app.ipc.call('issues:list', {});
      if (!summary?.readable) throw new Error('the sample issue is missing');
      const { folderToken } = await app.ipc.call('export:choose-folder', {});
      await app.ipc.call('export:run', { issueId: summary.id, formats: ['archive'], languages: ['en'], folderToken: folderToken!, acceptErrors: true });
      desktop.picks.archive = path.join(dir, 'issue-001.triptych');
      expect(fs.existsSync(desktop.picks.archive)).toBe(true);

      const { page, context, problems } = await openAppPage(browser, app.url);
      await page.getByRole('button', { name: 'Import issue archive…' }).click();
      const ask = page.getByRole('dialog', { name: `Issue No. ${summary.number} is already in the library` });
      await ask.waitFor();
      await ask.getByText('The archive “issue-001.triptych” holds this same issue').waitFor();
      expect(await ask.getByRole('button').allInnerTexts()).toEqual([
        'Cancel',
        'Import as a copy',
        'Replace the existing issue (it goes to the trash)',
      ]);
      fs.mkdirSync('/tmp/look', { recursive: true });
      await page.screenshot({ path: '/tmp/look/import-archive-exists.png', animations: 'disabled' });

      // Cancel: nothing happens.
      await ask.getByRole('button', { name: 'Cancel' }).click();
      expect((await app.ipc.call('issues:list', {})).length).toBe(1);

      await page.getByRole('button', { name: 'Import issue archive…' }).click();
      await ask.getByRole('button', { name: 'Import as a copy' }).click();
      await page.getByRole('heading', { level: 1, name: /^Issue No\. \d+$/ }).waitFor();
      const issues = await app.ipc.call('issues:list', {});
      expect(issues.length).toBe(2);
      const copy = issues.find((issue) => issue.id !== summary.id)!;
      expect(copy.readable && copy.articleCount).toBe(2);
      await page.getByRole('status').getByText(`Issue No. ${summary.number} imported.`).waitFor();

      await page.getByRole('button', { name: 'Back' }).click();
      await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
      await expect.poll(() => page.getByRole('button', { name: /^No\. \d+/ }).count()).toBe(2);
      expect(problems).toEqual([]);
      expect(app.unexpectedErrors).toEqual([]);
      await context.close();
    } finally {
      await app.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
