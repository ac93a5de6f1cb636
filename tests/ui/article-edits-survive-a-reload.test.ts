import { describe, expect, it } from 'vitest';
import { startTestApp } from '../support/browser-app';
import { sharedBrowser } from './support/shared-browser';
import { openAppPage } from './support/open-app-page';
import { openSampleIssue } from './support/open-sample-issue';
import { poll } from './support/poll';
import { waitForSaved } from './support/wait-for-saved';

const getBrowser = sharedBrowser();

const TITLES = {
  en: 'Grain corridor talks resume',
  be: 'Перамовы пра збожжавы калідор аднавіліся',
  ru: 'Переговоры о зерновом коридоре возобновились',
};

describe('writing an article', () => {
  it('creates an issue, adds an article, saves all three titles and finds them after a reload', async (ctx) => {
    const browser = getBrowser();
    if (!browser) return ctx.skip();
    const app = await startTestApp({ createSample: true });
    try {
      const { page, context, problems } = await openAppPage(browser, app.url);

      await page.getByRole('button', { name: 'New issue' }).click();
      const issueHeading = page.getByRole('heading', { level: 1, name: /^Issue No\. \d+$/ });
      await issueHeading.waitFor();
      const issueNumber = Number((await issueHeading.textContent())?.match(/\d+/)?.[0]);

      await page.getByRole('button', { name: 'Add article' }).click();
      await page.getByRole('heading', { level: 1, name: 'Article' }).waitFor();

      await page.getByRole('textbox', { name: 'Title (English)' }).fill(TITLES.en);
      // Cyrillic goes in as text input (STACK.md: keyboard.press cannot type it).
      await page.getByRole('textbox', { name: 'Title (Belarusian)' }).click();
      await page.keyboard.type(TITLES.be);
      await page.getByRole('textbox', { name: 'Title (Russian)' }).click();
      await page.keyboard.type(TITLES.ru);
      await page.getByRole('textbox', { name: 'Body (Belarusian)' }).click();
      await page.keyboard.type('Бакі сустрэліся ў Вільні.');
      await waitForSaved(page);

      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
      await page.getByRole('button', { name: new RegExp(`^No\\. ${issueNumber}\\b.*\\b1 article$`) }).click();
      await page.getByRole('heading', { level: 1, name: `Issue No. ${issueNumber}` }).waitFor();
      for (const [lang, title] of Object.entries(TITLES)) {
        const shown = page.getByText(title, { exact: true });
        await shown.waitFor();
        expect(await shown.getAttribute('lang')).toBe(lang);
      }
      // Typing into an empty version made it a draft.
      await page.getByText('Belarusian: draft').waitFor();

      await page.getByRole('button', { name: new RegExp(TITLES.en) }).click();
      await page.getByRole('heading', { level: 1, name: 'Article' }).waitFor();
      expect(await page.getByRole('textbox', { name: 'Title (English)' }).inputValue()).toBe(TITLES.en);
      expect(await page.getByRole('textbox', { name: 'Title (Belarusian)' }).inputValue()).toBe(TITLES.be);
      expect(await page.getByRole('textbox', { name: 'Title (Russian)' }).inputValue()).toBe(TITLES.ru);
      const body = page.getByRole('textbox', { name: 'Body (Belarusian)' });
      expect(await body.textContent()).toBe('Бакі сустрэліся ў Вільні.');
      expect(await body.getAttribute('lang')).toBe('be');

      expect(problems).toEqual([]);
      await context.close();
    } finally {
      await app.close();
    }
  });

  it('leaving the article waits for its save, even before the autosave pause', async (ctx) => {
    const browser = getBrowser();
    if (!browser) return ctx.skip();
    const app = await startTestApp({ createSample: true });
    try {
      const { page, context, problems } = await openAppPage(browser, app.url);
      const summary = await openSampleIssue(page, app);
      const detail = await app.ipc.call('issue:get', { issueId: summary.id });
      const first = detail.articles[0];
      if (!first?.readable) throw new Error('the sample article is missing');

      await page.getByRole('button', { name: new RegExp(first.titles.en) }).click();
      const title = page.getByRole('textbox', { name: 'Title (Russian)' });
      await title.click();
      await page.keyboard.press('End');
      await page.keyboard.type(' — обновлено');
      // Straight back (Alt+Left), well inside the one-second pause.
      await page.keyboard.press('Alt+ArrowLeft');
      await page.getByRole('heading', { level: 1, name: `Issue No. ${summary.number}` }).waitFor();
      await page.getByText(`${first.titles.ru} — обновлено`, { exact: true }).waitFor();
      const saved = await app.ipc.call('article:get', { issueId: summary.id, articleId: first.id });
      expect(saved.article.versions.ru.title).toBe(`${first.titles.ru} — обновлено`);

      expect(problems).toEqual([]);
      await context.close();
    } finally {
      await app.close();
    }
  });

  it('Ctrl+N and the menu command both create the next week’s issue and open it', async (ctx) => {
    const browser = getBrowser();
    if (!browser) return ctx.skip();
    const app = await startTestApp({ createSample: false });
    try {
      const { page, context, problems } = await openAppPage(browser, app.url);
      await page.getByText('No issues yet', { exact: false }).waitFor();

      await page.keyboard.press('Control+n');
      await page.getByRole('heading', { level: 1, name: 'Issue No. 1' }).waitFor();
      app.emit('menu:command', { command: 'new-issue' });
      await page.getByRole('heading', { level: 1, name: 'Issue No. 2' }).waitFor();

      const issues = await poll(
        () => app.ipc.call('issues:list', {}),
        (list) => list.length === 2,
      );
      const [a, b] = issues.flatMap((i) => (i.readable ? [i] : [])).sort((x, y) => x.number - y.number);
      // The second issue covers the week after the first.
      expect((b?.periodStart ?? '') > (a?.periodEnd ?? '')).toBe(true);

      await page.getByRole('button', { name: 'Back' }).click();
      await page.getByRole('heading', { level: 1, name: 'Issue No. 1' }).waitFor();
      expect(problems).toEqual([]);
      await context.close();
    } finally {
      await app.close();
    }
  });

  it('a change made outside the app is never overwritten: the notice names the conflict copy', async (ctx) => {
    const browser = getBrowser();
    if (!browser) return ctx.skip();
    const app = await startTestApp({ createSample: true });
    try {
      const { page, context, problems } = await openAppPage(browser, app.url);
      const [summary] = await app.ipc.call('issues:list', {});
      if (!summary?.readable) throw new Error('the sample issue is missing');
      const detail = await app.ipc.call('issue:get', { issueId: summary.id });
      const first = detail.articles[0];
      if (!first?.readable) throw new Error('the sample article is missing');

      await page.getByRole('button', { name: new RegExp(`^No\\. ${summary.number}\\b`) }).click();
      await page.getByRole('button', { name: new RegExp(first.titles.en) }).click();
      await page.getByRole('heading', { level: 1, name: 'Article' }).waitFor();

      // Someone else (a sync tool, another machine) writes the file meanwhile.
      const onDisk = await app.ipc.call('article:get', { issueId: summary.id, articleId: first.id });
      const theirs = { ...onDisk.article, versions: { ...onDisk.article.versions, en: { ...onDisk.article.versions.en, title: 'Their title' } } };
      await app.ipc.call('article:save', { issueId: summary.id, article: theirs, baseRevision: onDisk.revision });

      await page.getByRole('textbox', { name: 'Title (English)' }).fill('My title');
      const notice = page.getByRole('alert').filter({ hasText: 'changed outside Triptych' });
      await notice.waitFor();
      const copy = (await notice.textContent())?.match(/“([^”]+\.json)”/)?.[1];
      expect(copy).toMatch(new RegExp(`^${first.id}\\.conflict-`));
      await page.getByRole('status', { name: 'Save state' }).getByText('Not saved: the file was changed outside Triptych').waitFor();
      // The editor stops accepting text that could not be saved.
      expect(await page.getByRole('textbox', { name: 'Title (English)' }).getAttribute('readonly')).not.toBeNull();

      const after = await app.ipc.call('article:get', { issueId: summary.id, articleId: first.id });
      expect(after.article.versions.en.title).toBe('Their title');

      await page.getByRole('button', { name: 'Reload article' }).first().click();
      // The reloaded article shows their title, with nothing left to recover (our text is in the copy).
      await poll(() => page.getByRole('textbox', { name: 'Title (English)' }).inputValue(), (value) => value === 'Their title');
      expect(await page.getByRole('alert').filter({ hasText: 'Unsaved edits were recovered' }).count()).toBe(0);
      expect(problems).toEqual([]);
      await context.close();
    } finally {
      await app.close();
    }
  });
});
