import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/dates/iso-date';
import { formatPeriod } from '../../shared/dates/format-period';
import { startTestApp } from '../support/browser-app';
import { sharedBrowser } from './support/shared-browser';
import { openAppPage } from './support/open-app-page';
import { openSampleIssue } from './support/open-sample-issue';
import { poll } from './support/poll';

const getBrowser = sharedBrowser();

describe('the issue screen', () => {
  it('saves number, period and status; refuses an end date before the start', async (ctx) => {
    const browser = getBrowser();
    if (!browser) return ctx.skip();
    const app = await startTestApp({ createSample: true });
    try {
      const { page, context, problems } = await openAppPage(browser, app.url);
      const issue = await openSampleIssue(page, app);
      const current = () => app.ipc.call('issue:get', { issueId: issue.id }).then((d) => d.issue);

      await page.getByRole('spinbutton', { name: 'Number' }).fill('42');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Issue No. 42' }).waitFor();
      await poll(current, (i) => i.number === 42);

      await page.getByRole('combobox', { name: 'Status' }).selectOption('ready');
      await poll(current, (i) => i.status === 'ready');

      await page.getByLabel('End date').fill(addDays(issue.periodStart, -1));
      await page.getByRole('alert').filter({ hasText: 'The end date cannot be before the start date.' }).waitFor();
      expect(await page.getByLabel('End date').getAttribute('aria-invalid')).toBe('true');
      expect((await current()).periodEnd).toBe(issue.periodEnd);

      const newEnd = addDays(issue.periodStart, 4);
      await page.getByLabel('End date').fill(newEnd);
      await poll(current, (i) => i.periodEnd === newEnd);
      await page.getByText(formatPeriod(issue.periodStart, newEnd, 'en'), { exact: false }).waitFor();
      expect(await page.getByRole('alert').filter({ hasText: 'end date' }).count()).toBe(0);

      expect(problems).toEqual([]);
      await context.close();
    } finally {
      await app.close();
    }
  });

  it('moves an article to the trash only after confirming, and restores it from the Trash', async (ctx) => {
    const browser = getBrowser();
    if (!browser) return ctx.skip();
    const app = await startTestApp({ createSample: true });
    try {
      const { page, context, problems } = await openAppPage(browser, app.url);
      const issue = await openSampleIssue(page, app);
      const secondRow = page.getByRole('listitem', { name: /^Article 2 of 2: / });
      const title = ((await secondRow.getAttribute('aria-label')) ?? '').replace(/^Article 2 of 2: /, '');

      // Cancel (Escape) keeps it.
      await secondRow.getByRole('button', { name: 'Move to trash' }).click();
      const dialog = page.getByRole('dialog', { name: `Move “${title}” to the trash?` });
      await dialog.waitFor();
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      expect(await page.getByRole('listitem', { name: /^Article \d of 2: / }).count()).toBe(2);

      // Delete on a focused row asks too; this time confirm.
      await secondRow.focus();
      await page.keyboard.press('Delete');
      await dialog.getByRole('button', { name: 'Move to trash' }).click();
      await page.getByRole('listitem', { name: `Article 1 of 1: ${title}` }).or(page.getByRole('listitem', { name: /^Article 1 of 1: / })).waitFor();
      await page.getByText('The article was moved to the trash.').waitFor();
      expect((await app.ipc.call('issue:get', { issueId: issue.id })).articles).toHaveLength(1);

      await page.getByRole('navigation').getByRole('button', { name: 'Trash' }).click();
      await page.getByRole('heading', { level: 1, name: 'Trash' }).waitFor();
      await page.getByRole('button', { name: /^Restore: / }).click();
      await page.getByText(/^Restored: /).waitFor();
      await page.getByText('The trash is empty.').waitFor();

      await page.getByRole('navigation').getByRole('button', { name: 'Library' }).click();
      await page.getByRole('button', { name: new RegExp(`^No\\. ${issue.number}\\b.*2 articles$`) }).waitFor();
      expect((await app.ipc.call('issue:get', { issueId: issue.id })).articles).toHaveLength(2);

      expect(problems).toEqual([]);
      await context.close();
    } finally {
      await app.close();
    }
  });
});
