import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { LocalizedText } from '../../shared/domain/language';
import { startTestApp, type TestApp } from '../support/browser-app';
import { openAppPage } from './support/open-app-page';
import { openArticle, openSampleIssue } from './support/open-sample-issue';
import { poll } from './support/poll';
import { sharedBrowser } from './support/shared-browser';
import { waitForSaved } from './support/wait-for-saved';

const getBrowser = sharedBrowser();

// A made-up author, spelt as each alphabet writes the name.
const NEW_AUTHOR: LocalizedText = { en: 'Hanna Liavonchyk', be: 'Ганна Лявончык', ru: 'Анна Левончик' };

/** The sample issue and its articles in reading order, with their English titles. */
async function sampleArticles(app: TestApp, issueId: string) {
  const detail = await app.ipc.call('issue:get', { issueId });
  return detail.articles.map((article) => {
    if (!article.readable) throw new Error(`sample article ${article.id} is unreadable`);
    return { id: article.id, title: article.titles.en };
  });
}

async function columnOrder(page: Page): Promise<string[]> {
  const names = ['English', 'Belarusian', 'Russian'];
  const shown: Array<{ name: string; x: number }> = [];
  for (const name of names) {
    // A column is named by its language, plus "Source" on the source one.
    const region = page.getByRole('region', { name: new RegExp(`^${name}\\b`) });
    if ((await region.count()) === 0) continue;
    const box = await region.boundingBox();
    if (box) shown.push({ name, x: box.x });
  }
  return shown.sort((a, b) => a.x - b.x).map((column) => column.name);
}

describe('the article header', () => {
  it('edits authors, moves between articles, chooses columns that persist, and changes the source language', async (ctx) => {
    const browser = getBrowser();
    if (!browser) return ctx.skip();
    const app = await startTestApp({ createSample: true });
    try {
      const { page, context, problems } = await openAppPage(browser, app.url);
      const summary = await openSampleIssue(page, app);
      const articles = await sampleArticles(app, summary.id);
      expect(articles.length).toBeGreaterThanOrEqual(2);
      const [first, second] = articles as [(typeof articles)[number], (typeof articles)[number]];
      const before = (await app.ipc.call('article:get', { issueId: summary.id, articleId: first.id })).article;
      const authorsBefore = before.authors;

      await openArticle(page);
      const count = articles.length;
      await page.getByRole('combobox', { name: `Article 1 of ${count}` }).waitFor();
      expect(await page.getByRole('textbox', { name: 'Title (English)' }).inputValue()).toBe(first.title);

      // Add an author with the name spelt in all three alphabets.
      await page.getByRole('button', { name: 'Add author', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Add author' });
      await dialog.getByRole('textbox', { name: 'Name in English' }).fill(NEW_AUTHOR.en);
      await dialog.getByRole('textbox', { name: 'Name in Belarusian' }).fill(NEW_AUTHOR.be);
      await dialog.getByRole('textbox', { name: 'Name in Russian' }).fill(NEW_AUTHOR.ru);
      await dialog.getByRole('button', { name: 'Save' }).click();
      await dialog.waitFor({ state: 'hidden' });
      const added = page.getByRole('button', { name: `Edit author ${NEW_AUTHOR.en}` });
      await added.waitFor();
      // The focus lands on the author just added.
      expect(await added.evaluate((el) => el === document.activeElement)).toBe(true);
      await poll(
        async () => (await app.ipc.call('article:get', { issueId: summary.id, articleId: first.id })).article.authors,
        (authors) => JSON.stringify(authors) === JSON.stringify([...authorsBefore, NEW_AUTHOR]),
      );
      await waitForSaved(page);

      // Next article: the button names where it goes.
      const nextButton = page.getByRole('button', { name: 'Next article' });
      expect(await nextButton.getAttribute('title')).toContain(second.title);
      expect(await nextButton.getAttribute('aria-keyshortcuts')).toBe('Alt+PageDown');
      expect(await page.getByRole('button', { name: 'Previous article' }).isDisabled()).toBe(true);
      await nextButton.click();
      await page.getByRole('combobox', { name: `Article 2 of ${count}` }).waitFor();
      expect(await page.getByRole('textbox', { name: 'Title (English)' }).inputValue()).toBe(second.title);
      expect(await page.getByRole('button', { name: 'Previous article' }).getAttribute('title')).toContain(first.title);

      // Back with Alt+PageUp, from wherever the focus is; the new author was kept.
      await page.getByRole('textbox', { name: 'Title (English)' }).focus();
      await page.keyboard.press('Alt+PageUp');
      await page.getByRole('combobox', { name: `Article 1 of ${count}` }).waitFor();
      expect(await page.getByRole('textbox', { name: 'Title (English)' }).inputValue()).toBe(first.title);
      await page.getByRole('button', { name: `Edit author ${NEW_AUTHOR.en}` }).waitFor();

      // Columns: hide Russian, move Belarusian to the left.
      expect(await columnOrder(page)).toEqual(['English', 'Belarusian', 'Russian']);
      const columnsButton = page.getByRole('button', { name: 'Columns', exact: true });
      await columnsButton.click();
      expect(await columnsButton.getAttribute('aria-expanded')).toBe('true');
      const columns = page.getByRole('group', { name: 'Language columns' });
      await columns.getByRole('checkbox', { name: 'Russian' }).uncheck();
      await columns.getByRole('button', { name: 'Move Belarusian left' }).click();
      // Belarusian is first now: the focus moves to its other button instead of a disabled one.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Move Belarusian right');
      await poll(async () => (await app.ipc.call('settings:get', {})).visibleLanguages, (langs) => JSON.stringify(langs) === '["be","en"]');
      expect(await columns.getByRole('checkbox', { name: 'English' }).isDisabled()).toBe(false);
      await columns.getByRole('checkbox', { name: 'English' }).uncheck();
      // The last column shown cannot be hidden.
      expect(await columns.getByRole('checkbox', { name: 'Belarusian' }).isDisabled()).toBe(true);
      await columns.getByRole('checkbox', { name: 'English' }).check();
      await poll(() => columnOrder(page), (order) => JSON.stringify(order) === '["Belarusian","English"]');
      await page.keyboard.press('Escape');
      await columns.waitFor({ state: 'hidden' });
      expect(await columnsButton.evaluate((el) => el === document.activeElement)).toBe(true);
      await poll(async () => (await app.ipc.call('settings:get', {})).visibleLanguages, (langs) => JSON.stringify(langs) === '["be","en"]');

      // The choice is remembered: after a reload the article opens with the same columns.
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
      await openSampleIssue(page, app);
      await openArticle(page);
      await page.getByRole('textbox', { name: 'Title (Belarusian)' }).waitFor();
      expect(await columnOrder(page)).toEqual(['Belarusian', 'English']);
      expect(await page.getByRole('textbox', { name: 'Title (Russian)' }).count()).toBe(0);
      await page.getByRole('button', { name: 'Columns', exact: true }).click();
      expect(await columns.getByRole('checkbox', { name: 'Russian' }).isChecked()).toBe(false);
      await page.keyboard.press('Escape');

      // The source language is saved with the article.
      const source = page.getByRole('combobox', { name: 'Source language' });
      expect(await source.inputValue()).toBe(before.sourceLanguage);
      const newSource = before.sourceLanguage === 'be' ? 'en' : 'be';
      await source.selectOption(newSource);
      await poll(
        async () => (await app.ipc.call('article:get', { issueId: summary.id, articleId: first.id })).article.sourceLanguage,
        (lang) => lang === newSource,
      );
      await waitForSaved(page);

      expect(problems).toEqual([]);
      expect(app.unexpectedErrors).toEqual([]);
      await context.close();
    } finally {
      await app.close();
    }
  });
});
