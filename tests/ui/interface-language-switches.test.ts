import { describe, expect, it } from 'vitest';
import { formatPeriod } from '../../shared/dates/format-period';
import { startTestApp } from '../support/browser-app';
import { sharedBrowser } from './support/shared-browser';
import { openAppPage } from './support/open-app-page';

const getBrowser = sharedBrowser();

describe('interface language', () => {
  it('switching to Belarusian translates the UI at once and is remembered', async (ctx) => {
    const browser = getBrowser();
    if (!browser) return ctx.skip();
    const app = await startTestApp({ createSample: true });
    try {
      const { page, context, problems } = await openAppPage(browser, app.url);
      const [summary] = await app.ipc.call('issues:list', {});
      if (!summary?.readable) throw new Error('the sample issue is missing');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

      await page.getByRole('button', { name: 'Settings' }).click();
      const dialog = page.getByRole('dialog', { name: 'Settings' });
      await dialog.getByLabel('Interface language').selectOption('be');
      // The dialog itself switches while open.
      await page.getByRole('dialog', { name: 'Налады' }).waitFor();
      await page.getByRole('button', { name: 'Закрыць' }).click();

      await page.getByRole('heading', { level: 1, name: 'Бібліятэка' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('be');
      await page.getByRole('button', { name: 'Новы выпуск' }).waitFor();
      const card = page.getByRole('button', { name: new RegExp(`^№ ${summary.number}\\b`) });
      const cardText = (await card.textContent()) ?? '';
      expect(cardText).toContain(formatPeriod(summary.periodStart, summary.periodEnd, 'be'));
      expect(cardText).toContain('2 артыкулы');

      // Persisted through settings:update: a reload comes back in Belarusian.
      expect((await app.ipc.call('settings:get', {})).uiLanguage).toBe('be');
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Бібліятэка' }).waitFor();

      await card.click();
      await page.getByRole('heading', { level: 1, name: `Выпуск № ${summary.number}` }).waitFor();
      await page.getByRole('button', { name: 'Дадаць артыкул' }).waitFor();
      await page.getByLabel('Дата пачатку').waitFor();
      expect(await page.getByText(/^Беларуская: /).count()).toBe(2);
      await page.getByRole('button', { name: 'Перамясціць вышэй' }).first().waitFor();

      // And on to Russian from the keyboard shortcut.
      await page.keyboard.press('Control+,');
      await page.getByRole('dialog', { name: 'Налады' }).getByLabel('Мова інтэрфейсу').selectOption('ru');
      await page.getByRole('dialog', { name: 'Настройки' }).waitFor();
      await page.keyboard.press('Escape');
      await page.getByRole('heading', { level: 1, name: `Выпуск № ${summary.number}` }).waitFor();
      await page.getByRole('button', { name: 'Добавить статью' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
      await page.getByRole('button', { name: 'Назад' }).click();
      await page.getByRole('heading', { level: 1, name: 'Библиотека' }).waitFor();
      const russianCard = page.getByRole('button', { name: new RegExp(`^№ ${summary.number}\\b`) });
      expect(await russianCard.textContent()).toContain('2 статьи');

      // The editor's labels too, with language names in lower case inside the phrase.
      await russianCard.click();
      await page.getByRole('listitem', { name: /^Статья 1 из 2: / }).getByRole('button').first().click();
      await page.getByRole('heading', { level: 1, name: 'Статья' }).waitFor();
      await page.getByRole('textbox', { name: 'Текст (белорусский)' }).waitFor();
      await page.getByRole('textbox', { name: 'Заголовок (английский)' }).waitFor();
      await page.getByRole('combobox', { name: 'Состояние (русский)' }).waitFor();
      await page.getByRole('status', { name: 'Состояние сохранения' }).getByText('Сохранено', { exact: true }).waitFor();

      expect(problems).toEqual([]);
      await context.close();
    } finally {
      await app.close();
    }
  });
});
