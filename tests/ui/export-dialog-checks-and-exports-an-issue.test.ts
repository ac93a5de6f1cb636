import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { emptyVersion } from '../../shared/domain/article';
import { startTestApp, type TestApp } from '../support/browser-app';
import { openAppPage } from './support/open-app-page';
import { openSampleIssue } from './support/open-sample-issue';
import { sharedBrowser } from './support/shared-browser';

const LOOK_DIR = '/tmp/look';
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Puts into the sample issue what the check must catch: one paragraph of the first
 * article's English source changes (its Belarusian and Russian paragraphs become outdated)
 * and the second article's Russian version is emptied (an error). The sample's versions
 * below approved stay as they are (warnings).
 */
async function arrangeFindings(app: TestApp): Promise<{ number: number; titles: [string, string] }> {
  const [summary] = await app.ipc.call('issues:list', {});
  if (!summary?.readable) throw new Error('the sample issue is missing');
  const { issue } = await app.ipc.call('issue:get', { issueId: summary.id });
  const [firstId, secondId] = issue.articleOrder as [string, string];

  const first = await app.ipc.call('article:get', { issueId: issue.id, articleId: firstId });
  const source = first.article.versions.en;
  const body = structuredClone(source.body);
  body.content![0] = { type: 'paragraph', attrs: { blockId: 's1-p1' }, content: [{ type: 'text', text: 'The dispute has entered its third week.' }] };
  await app.ipc.call('article:save', {
    issueId: issue.id,
    article: { ...first.article, versions: { ...first.article.versions, en: { ...source, body } } },
    baseRevision: first.revision,
  });

  const second = await app.ipc.call('article:get', { issueId: issue.id, articleId: secondId });
  await app.ipc.call('article:save', {
    issueId: issue.id,
    article: { ...second.article, versions: { ...second.article.versions, ru: emptyVersion(second.article.createdAt) } },
    baseRevision: second.revision,
  });
  return { number: issue.number, titles: [first.article.versions.en.title, second.article.versions.en.title] };
}

async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] };
    const axe = (window as unknown as { axe: { run(ctx: Document, options: object): Promise<Result> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

/** Sets a checkbox in the dialog by its label. */
async function tick(dialog: Locator, name: string, on: boolean) {
  const box = dialog.getByRole('checkbox', { name, exact: true });
  if ((await box.isChecked()) !== on) await box.click();
}

/** Every file under a folder, relative, with `/` separators. */
function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

const getBrowser = sharedBrowser();

describe('the export dialog', () => {
  it('checks the issue, needs an explicit override for errors, exports with progress and lists the files', async (ctx) => {
    const browser = getBrowser();
    if (!browser) return ctx.skip();
    const exportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'triptych-ui-export-'));
    const shown: string[] = [];
    const app = await startTestApp({
      desktop: {
        chooseFolder: async () => null,
        restart: () => {},
        chooseExportFolder: async () => exportDir,
        chooseImportFile: async () => null,
        showInFolder: (file) => void shown.push(file),
      },
    });
    try {
      const { number, titles } = await arrangeFindings(app);
      const { page, context, problems } = await openAppPage(browser, app.url);
      await openSampleIssue(page, app);
      await page.getByRole('button', { name: 'Export…' }).click();
      const dialog = page.getByRole('dialog', { name: `Export issue No. ${number}` });
      await dialog.waitFor();

      for (const name of ['Email newsletter', 'PDF for print', 'Word (DOCX)']) await tick(dialog, name, false);
      for (const name of ['Web page', 'Markdown', 'Archive (.triptych)']) await tick(dialog, name, true);
      await tick(dialog, 'English', false);
      await tick(dialog, 'Belarusian', true);
      await tick(dialog, 'Russian', true);

      // The check for Belarusian and Russian: grouped by article, each finding a sentence.
      const check = dialog.getByRole('region', { name: 'Check before export' });
      await check.getByText('1 error, 5 warnings').waitFor();
      const findings = (title: string) => check.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) }).getByRole('listitem');
      expect(await findings(titles[0]).allInnerTexts()).toEqual([
        expect.stringMatching(/Warning\s+Belarusian: Not approved yet \(status: translated\)\.\s+Fix/),
        expect.stringMatching(/Warning\s+Belarusian: 1 paragraph is outdated: its source has changed\.\s+Fix/),
        expect.stringMatching(/Warning\s+Russian: Not approved yet \(status: reviewed\)\.\s+Fix/),
        expect.stringMatching(/Warning\s+Russian: 1 paragraph is outdated: its source has changed\.\s+Fix/),
      ]);
      expect(await findings(titles[1]).allInnerTexts()).toEqual([
        expect.stringMatching(/Warning\s+Belarusian: Not approved yet \(status: reviewed\)\.\s+Fix/),
        expect.stringMatching(/Error\s+Russian: This version is empty: it will be left out\.\s+Fix/),
      ]);

      // No folder yet, then errors not accepted: Export stays disabled until both are done.
      const exportButton = dialog.getByRole('button', { name: 'Export', exact: true });
      expect(await exportButton.isDisabled()).toBe(true);
      await dialog.getByRole('button', { name: 'Choose folder…' }).click();
      await dialog.getByText(exportDir, { exact: true }).waitFor();
      expect(await exportButton.isDisabled()).toBe(true);
      fs.mkdirSync(LOOK_DIR, { recursive: true });
      await page.screenshot({ path: path.join(LOOK_DIR, 'export-dialog-findings.png'), animations: 'disabled' });
      expect(await seriousAxeViolations(page)).toEqual([]);

      await dialog.getByRole('checkbox', { name: 'Export anyway, despite 1 error' }).check();

      // This test app has no PDF printer: the run fails with the translated reason, writing nothing.
      await tick(dialog, 'PDF for print', true);
      await exportButton.click();
      await dialog.getByRole('alert').getByText('A program this needs is not installed: Chromium.').waitFor();
      expect(filesUnder(exportDir)).toEqual([]);
      await tick(dialog, 'PDF for print', false);

      await exportButton.click();

      await dialog.getByRole('heading', { name: 'Files written' }).waitFor({ timeout: 30_000 });
      const progress = dialog.getByRole('progressbar', { name: 'Export progress' });
      const [value, max] = await progress.evaluate((bar: HTMLProgressElement) => [bar.value, bar.max]);
      expect(value).toBe(max);
      expect(max).toBeGreaterThan(1);
      await dialog.getByText('Done', { exact: true }).waitFor();

      // The list shows exactly what is on disk (besides the folder's export manifest).
      const listed = (await dialog.getByRole('listitem').filter({ has: page.getByRole('button', { name: /^Show in folder: / }) }).allInnerTexts())
        .map((text) => text.split(/\s+/)[0]!)
        .sort();
      const onDisk = filesUnder(exportDir);
      expect(listed.length).toBeGreaterThan(0);
      for (const file of listed) expect(onDisk).toContain(file);
      expect(listed).toEqual(expect.arrayContaining(['issue-001.triptych', 'web/issue-001.be.html', 'web/issue-001.ru.html']));
      expect(listed.filter((file) => /^markdown\/be\/0[12]-/.test(file)).length).toBe(2);
      // The emptied Russian version of the second article is left out of the Russian Markdown.
      expect(listed.filter((file) => file.startsWith('markdown/ru/01-')).length).toBe(1);
      expect(listed.filter((file) => file.startsWith('markdown/ru/02-')).length).toBe(0);
      expect(listed.some((file) => file.includes('.en.') || file.startsWith('markdown/en/'))).toBe(false);
      expect(await dialog.getByText(/^[\d,]+\.\d KB$/).count()).toBe(listed.length);

      await dialog.getByRole('button', { name: 'Show in folder: web/issue-001.be.html' }).click();
      await expect.poll(() => shown).toEqual([path.join(exportDir, 'web', 'issue-001.be.html')]);
      await page.screenshot({ path: path.join(LOOK_DIR, 'export-dialog-results.png'), animations: 'disabled' });
      expect(await seriousAxeViolations(page)).toEqual([]);

      await dialog.getByRole('button', { name: 'Close' }).click();
      // The date and time of the export, in the UI language, and the issue's new status.
      await page.getByText(/^Exported [A-Z][a-z]+\s\d{1,2}, \d{4}, \d{1,2}:\d\d\s?[AP]M$/).waitFor();
      await expect.poll(() => page.getByRole('combobox', { name: 'Status' }).inputValue()).toBe('exported');
      expect((await app.ipc.call('issues:list', {}))[0]).toMatchObject({ status: 'exported' });
      await page.screenshot({ path: path.join(LOOK_DIR, 'issue-exported.png'), animations: 'disabled' });

      // The choices are remembered; Fix opens the article the finding is about.
      await page.getByRole('button', { name: 'Export…' }).click();
      expect(await dialog.getByRole('checkbox', { name: 'English', exact: true }).isChecked()).toBe(false);
      expect(await dialog.getByRole('checkbox', { name: 'Archive (.triptych)' }).isChecked()).toBe(true);
      await dialog.getByText(exportDir, { exact: true }).waitFor();
      await findings(titles[1]).filter({ hasText: 'This version is empty' }).getByRole('button', { name: 'Fix' }).click();
      await page.getByRole('heading', { level: 1, name: 'Article' }).waitFor();
      expect(await page.getByRole('textbox', { name: 'Title (English)' }).inputValue()).toBe(titles[1]);

      // A finding about one paragraph puts the cursor in that paragraph.
      await page.getByRole('button', { name: 'Back' }).click();
      await page.getByRole('button', { name: 'Export…' }).click();
      await findings(titles[0]).filter({ hasText: 'Russian: 1 paragraph is outdated' }).getByRole('button', { name: 'Fix' }).click();
      await expect
        .poll(() =>
          page.evaluate(() => {
            const anchor = document.getSelection()?.anchorNode;
            const block = (anchor instanceof Element ? anchor : anchor?.parentElement)?.closest('[data-block-id]');
            return { editor: document.activeElement?.getAttribute('aria-label'), block: block?.getAttribute('data-block-id') };
          }),
        )
        .toEqual({ editor: 'Body (Russian)', block: 's1-p1' });

      expect(problems).toEqual([]);
      expect(app.unexpectedErrors).toEqual([]);
      await context.close();
    } finally {
      await app.close();
      fs.rmSync(exportDir, { recursive: true, force: true });
    }
  });
});
