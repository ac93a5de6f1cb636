import { describe, expect, it } from 'vitest';
import { startTestApp } from '../support/browser-app';
import { openAppPage } from './support/open-app-page';
import { openArticle, openSampleIssue } from './support/open-sample-issue';
import { poll } from './support/poll';
import { sharedBrowser } from './support/shared-browser';
import { waitForSaved } from './support/wait-for-saved';

const getBrowser = sharedBrowser();

const TYPED = ' Talks resumed on Friday in Vilnius.';

describe('crash journal in the UI (D6, D7)', () => {
  it('a page killed mid-typing offers the unsaved text back, read-only until the user restores it, then saves it', async (ctx) => {
    const browser = getBrowser();
    if (!browser) return ctx.skip();
    const app = await startTestApp({ createSample: true });
    try {
      const first = await openAppPage(browser, app.url);
      const journalCalls: string[] = [];
      first.page.on('request', (request) => {
        const channel = /\/ipc\/([^/?]+)$/.exec(decodeURIComponent(request.url()))?.[1];
        if (channel?.startsWith('journal:')) journalCalls.push(channel);
      });
      const summary = await openSampleIssue(first.page, app);
      const detail = await app.ipc.call('issue:get', { issueId: summary.id });
      const article = detail.articles[0]!;
      await first.page.getByRole('listitem', { name: /^Article 1 of/ }).getByRole('button').first().click();
      const body = first.page.getByRole('textbox', { name: 'Body (English)' });
      await body.locator('p').first().click();
      await first.page.keyboard.press('End');
      // Typing without a pause: the autosave waits for one, the journal does not.
      await first.page.keyboard.type(TYPED, { delay: 40 });
      await first.page.keyboard.type(' And more', { delay: 150 });
      const onDisk = await app.ipc.call('article:get', { issueId: summary.id, articleId: article.id });
      expect(JSON.stringify(onDisk.article.versions.en.body)).not.toContain('Vilnius');
      // The first entry holds the whole article; later ones only the paragraph being typed in.
      expect(journalCalls[0]).toBe('journal:write');
      expect(journalCalls.slice(1)).toContain('journal:patch');
      // The window dies: no beforeunload, no flush, no quit event.
      await first.page.close({ runBeforeUnload: false });
      await first.context.close();

      // The library lists what the journal kept, and leads to it.
      const second = await openAppPage(browser, app.url);
      const recoveredList = second.page.getByRole('region', { name: 'Unsaved edits recovered' });
      await recoveredList.getByRole('button', { name: article.readable ? article.titles.en : '' }).click();
      const banner = second.page.getByRole('alert').filter({ hasText: 'Unsaved edits were recovered' });
      await banner.waitFor();
      const recoveredBody = second.page.getByRole('textbox', { name: 'Body (English)' });
      // Until the user decides, typing cannot overwrite the journal.
      expect(await recoveredBody.getAttribute('contenteditable')).toBe('false');
      expect(await recoveredBody.textContent()).not.toContain('Vilnius');

      await banner.getByRole('button', { name: 'Restore my edits' }).click();
      await poll(async () => (await second.page.getByRole('textbox', { name: 'Body (English)' }).textContent()) ?? '', (text) => text.includes(TYPED.trim()));
      await waitForSaved(second.page);
      const saved = await app.ipc.call('article:get', { issueId: summary.id, articleId: article.id });
      expect(JSON.stringify(saved.article.versions.en.body)).toContain(TYPED.trim());
      // Saved, so nothing is left to recover.
      expect(saved.recovered).toBeUndefined();
      expect(await app.ipc.call('recovery:list', {})).toEqual([]);
      expect(second.problems).toEqual([]);
      await second.context.close();
    } finally {
      await app.close();
    }
  });

  it('discarding the recovered edits keeps the file as it was and stops offering them', async (ctx) => {
    const browser = getBrowser();
    if (!browser) return ctx.skip();
    const app = await startTestApp({ createSample: true });
    try {
      const [summary] = await app.ipc.call('issues:list', {});
      if (!summary?.readable) throw new Error('no sample');
      const detail = await app.ipc.call('issue:get', { issueId: summary.id });
      const loaded = await app.ipc.call('article:get', { issueId: summary.id, articleId: detail.articles[0]!.id });
      const edited = structuredClone(loaded.article);
      edited.versions.be.title = 'Незахаваны загаловак';
      await app.ipc.call('journal:write', { issueId: summary.id, articleId: edited.id, article: edited, baseRevision: loaded.revision });

      const { page, context, problems } = await openAppPage(browser, app.url);
      await openSampleIssue(page, app);
      await openArticle(page);
      const banner = page.getByRole('alert').filter({ hasText: 'Unsaved edits were recovered' });
      await banner.getByRole('button', { name: 'Discard them' }).click();
      await banner.waitFor({ state: 'detached' });
      expect(await page.getByRole('textbox', { name: 'Title (Belarusian)' }).inputValue()).toBe(loaded.article.versions.be.title);
      expect(await page.getByRole('textbox', { name: 'Body (English)' }).getAttribute('contenteditable')).toBe('true');
      expect((await app.ipc.call('article:get', { issueId: summary.id, articleId: edited.id })).recovered).toBeUndefined();
      expect(problems).toEqual([]);
      await context.close();
    } finally {
      await app.close();
    }
  });
});
