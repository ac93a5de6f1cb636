import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startTestApp } from '../support/browser-app';
import { openAppPage } from './support/open-app-page';
import { openArticle, openSampleIssue } from './support/open-sample-issue';
import { poll } from './support/poll';
import { sharedBrowser } from './support/shared-browser';
import { waitForSaved } from './support/wait-for-saved';

const getBrowser = sharedBrowser();

/** Top of the n-th top-level block of a body editor, in page pixels. */
async function blockTops(page: Page, name: string): Promise<number[]> {
  return page.getByRole('textbox', { name }).evaluate((root) =>
    [...root.children].filter((el) => !el.classList.contains('align-slot')).map((el) => Math.round(el.getBoundingClientRect().top)),
  );
}

/** block id → top in page pixels, for every top-level block of a body editor. */
async function topsById(page: Page, name: string): Promise<Record<string, number>> {
  return page.getByRole('textbox', { name }).evaluate((root) =>
    Object.fromEntries(
      [...root.children]
        .filter((el) => el.hasAttribute('data-block-id'))
        .map((el) => [el.getAttribute('data-block-id'), Math.round(el.getBoundingClientRect().top)]),
    ),
  );
}

describe('a translator works paragraph against paragraph', () => {
  it('writes in English, starts Belarusian from it, sees an edited source paragraph marked outdated with the change, and marks it up to date', async (ctx) => {
    const browser = getBrowser();
    if (!browser) return ctx.skip();
    const app = await startTestApp({ createSample: true });
    try {
      const { page, context, problems } = await openAppPage(browser, app.url);
      await page.getByRole('button', { name: 'New issue' }).click();
      await page.getByRole('heading', { level: 1, name: /^Issue No\. \d+$/ }).waitFor();
      await page.getByRole('button', { name: 'Add article' }).click();
      await page.getByRole('heading', { level: 1, name: 'Article' }).waitFor();

      // The analyst writes three paragraphs of different lengths in English.
      await page.getByRole('textbox', { name: 'Title (English)' }).fill('Budget rule');
      const en = page.getByRole('textbox', { name: 'Body (English)' });
      await en.click();
      await page.keyboard.type('The council met on Monday to discuss the budget.');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Short one.');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Officials said the new rule would apply from January, after a public consultation that lasted a month.');

      // Belarusian is empty: the translator starts it from English with the source as hints.
      const beColumn = page.getByRole('region', { name: /Belarusian/ });
      await beColumn.getByRole('button', { name: 'Empty, with the source as a hint' }).click();
      const be = page.getByRole('textbox', { name: 'Body (Belarusian)' });
      await poll(async () => (await be.locator('p.has-hint').count()) === 3, Boolean);
      expect(await be.locator('p.has-hint').first().getAttribute('data-hint')).toBe('The council met on Monday to discuss the budget.');

      // The cursor is in the first paragraph; the translator types Belarusian into the first two.
      await page.keyboard.type('Савет сабраўся ў панядзелак, каб абмеркаваць бюджэт.');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.type('Кароткі абзац.');
      await waitForSaved(page);

      // Rows line up: each Belarusian paragraph starts level with its English counterpart.
      const aligned = async () => {
        const [enTops, beTops] = [await blockTops(page, 'Body (English)'), await blockTops(page, 'Body (Belarusian)')];
        return { enTops, beTops };
      };
      await poll(aligned, ({ enTops, beTops }) => enTops.length === 3 && enTops.every((top, i) => Math.abs(top - beTops[i]!) <= 1));

      // The analyst changes a word in the first English paragraph.
      await en.getByText('The council met on Monday').click();
      await page.keyboard.press('End');
      for (let i = 0; i < 'budget.'.length; i++) await page.keyboard.press('Backspace');
      await page.keyboard.type('tax reform.');
      const outdatedButton = beColumn.getByRole('button', { name: '1 outdated' });
      await outdatedButton.waitFor();
      await waitForSaved(page);

      // The translator sees what changed in the source, word by word.
      await outdatedButton.click();
      const dialog = page.getByRole('dialog', { name: 'The source paragraph changed' });
      await dialog.waitFor();
      await dialog.getByLabel('removed: budget').waitFor();
      await dialog.getByLabel('added: tax').waitFor();
      expect(await dialog.getByTestId('source-diff').textContent()).toBe('The council met on Monday to discuss the budgettax reform.');
      expect(await dialog.getByText('Савет сабраўся ў панядзелак, каб абмеркаваць бюджэт.').getAttribute('lang')).toBe('be');

      // The marker is on disk: it survives a reload.
      await dialog.getByRole('button', { name: 'Close' }).click();
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
      await page.getByRole('button', { name: /^No\. \d+\b.*\b1 article$/ }).click();
      await page.getByRole('button', { name: /Budget rule/ }).click();
      await page.getByRole('heading', { level: 1, name: 'Article' }).waitFor();
      await page.getByRole('region', { name: /Belarusian/ }).getByRole('button', { name: '1 outdated' }).click();

      // Fixing the translation and marking it up to date clears the marker, also on disk.
      await page.getByRole('dialog', { name: 'The source paragraph changed' }).getByRole('button', { name: 'Mark up to date' }).click();
      await page.getByText('No outdated paragraphs left.').waitFor();
      await page.getByRole('button', { name: 'Close' }).click();
      await poll(async () => (await page.getByRole('button', { name: /outdated$/ }).count()) === 0, Boolean);
      await waitForSaved(page);

      const issues = await app.ipc.call('issues:list', {});
      const issue = issues.find((i) => i.readable && i.articleCount === 1)!;
      const detail = await app.ipc.call('issue:get', { issueId: issue.id });
      const saved = await app.ipc.call('article:get', { issueId: issue.id, articleId: detail.articles[0]!.id });
      const enBlocks = saved.article.versions.en.body.content!;
      const beBlocks = saved.article.versions.be.body.content!;
      expect(beBlocks.map((b) => b.attrs?.blockId)).toEqual(enBlocks.map((b) => b.attrs?.blockId));
      const firstId = enBlocks[0]!.attrs!.blockId as string;
      expect(saved.article.versions.be.translatedFrom[firstId]).toBe('The council met on Monday to discuss the tax reform.');
      expect(saved.article.versions.be.status).toBe('draft');
      expect(problems).toEqual([]);
      await context.close();
    } finally {
      await app.close();
    }
  });

  it('keeps the other rows aligned when a translator splits or merges paragraphs, and a slot starts a missing one', async (ctx) => {
    const browser = getBrowser();
    if (!browser) return ctx.skip();
    const app = await startTestApp({ createSample: true });
    try {
      const { page, context, problems } = await openAppPage(browser, app.url);
      const summary = await openSampleIssue(page, app);
      await openArticle(page);

      const sameRows = async () => {
        const [en, be, ru] = [
          await topsById(page, 'Body (English)'),
          await topsById(page, 'Body (Belarusian)'),
          await topsById(page, 'Body (Russian)'),
        ];
        return Object.entries(en).every(([id, top]) => [be[id], ru[id]].every((other) => other === undefined || Math.abs(other - top) <= 1));
      };
      await poll(sameRows, Boolean);

      // The paragraph under the cursor is highlighted in every column.
      const englishHeading = page.getByRole('textbox', { name: 'Body (English)' }).locator(':scope > h2').first();
      await englishHeading.click();
      const headingId = await englishHeading.getAttribute('data-block-id');
      const highlighted = async () =>
        page.locator('.body-editor__surface > .is-current-row').evaluateAll((els) => els.map((el) => `${el.closest('[lang]')?.getAttribute('lang')}:${el.getAttribute('data-block-id')}`));
      await poll(highlighted, (rows) => ['en', 'be', 'ru'].every((lang) => rows.includes(`${lang}:${headingId}`)) && rows.length === 3);

      // Split the first Belarusian paragraph in the middle: it grows a new block, the rest stays level.
      const be = page.getByRole('textbox', { name: 'Body (Belarusian)' });
      await be.getByText('Пасля таго як', { exact: false }).click();
      await page.keyboard.press('Home');
      await page.keyboard.press('Enter');
      await poll(async () => (await be.locator(':scope > p').count()) > 0 && (await sameRows()), Boolean);

      // Merge the last Russian paragraph into the one before: its row shows a slot…
      const ru = page.getByRole('textbox', { name: 'Body (Russian)' });
      const lastEnglish = (await page.getByRole('textbox', { name: 'Body (English)' }).locator(':scope > p').last().textContent())!;
      await ru.locator(':scope > p').last().click({ clickCount: 3 });
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Backspace');
      const slot = ru.getByRole('button', { name: `Add the translation of: ${lastEnglish}` });
      await slot.waitFor();
      await poll(sameRows, Boolean);

      // …which starts the paragraph again, in its row, with the English block's id.
      await slot.click();
      await page.keyboard.type('Расчёт Минска прост.');
      await waitForSaved(page);
      const detail = await app.ipc.call('issue:get', { issueId: summary.id });
      const saved = await app.ipc.call('article:get', { issueId: summary.id, articleId: detail.articles[0]!.id });
      const enIds = saved.article.versions.en.body.content!.map((b) => b.attrs?.blockId);
      const ruBlocks = saved.article.versions.ru.body.content!;
      expect(ruBlocks.at(-1)?.attrs?.blockId).toBe(enIds.at(-1));
      expect(ruBlocks.at(-1)?.content?.[0]?.text).toBe('Расчёт Минска прост.');
      await poll(sameRows, Boolean);
      expect(problems).toEqual([]);
      await context.close();
    } finally {
      await app.close();
    }
  });
});
