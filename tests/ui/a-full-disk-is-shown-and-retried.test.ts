import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFsPort } from '../../electron/services/fs/fs-port';
import { startTestApp } from '../support/browser-app';
import { createFaultInjectingFs } from '../support/fs-fault-injecting-fs';
import { openAppPage } from './support/open-app-page';
import { openSampleIssue } from './support/open-sample-issue';
import { sharedBrowser } from './support/shared-browser';

const getBrowser = sharedBrowser();

// D3 as the user meets it: a save that fails says so and why, keeps the text on screen,
// leaves the file on disk as it was, and goes through once the disk has room again.
describe('a save on a full disk', () => {
  it('shows "Not saved" with the reason, keeps the old file, and saves on Retry', async (ctx) => {
    const browser = getBrowser();
    if (!browser) return ctx.skip();
    let diskFull = false;
    const faulty = createFaultInjectingFs(nodeFsPort, { op: 'write', code: 'ENOSPC', times: Infinity, path: () => diskFull });
    const app = await startTestApp({ createSample: true, fs: faulty.fs });
    try {
      const { page, context } = await openAppPage(browser, app.url);
      const issue = await openSampleIssue(page, app);
      const detail = await app.ipc.call('issue:get', { issueId: issue.id });
      const first = detail.articles[0];
      if (!first?.readable) throw new Error('the sample article is missing');
      const file = path.join(app.libraryDir, 'issues', issue.id, 'articles', `${first.id}.json`);
      await page.getByRole('button', { name: new RegExp(first.titles.en) }).click();
      await page.getByRole('heading', { level: 1, name: 'Article' }).waitFor();
      const before = fs.readFileSync(file);

      diskFull = true;
      const title = page.getByRole('textbox', { name: 'Title (Belarusian)' });
      await title.fill('Загаловак, які не змясціўся на дыск');
      const state = page.getByRole('status', { name: 'Save state' });
      await state.getByText('Not saved: The disk is full. Free some space and try again.').waitFor();
      expect(faulty.injected.length).toBeGreaterThan(0);
      expect(fs.readFileSync(file).equals(before)).toBe(true);
      expect(await title.inputValue()).toBe('Загаловак, які не змясціўся на дыск');

      diskFull = false;
      await state.getByRole('button', { name: 'Retry' }).click();
      await state.getByText('Saved', { exact: true }).waitFor();
      const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as { versions: { be: { title: string } } };
      expect(saved.versions.be.title).toBe('Загаловак, які не змясціўся на дыск');
      // No temporary files are left behind by the failed attempts.
      expect(fs.readdirSync(path.dirname(file)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
      await context.close();
    } finally {
      await app.close();
    }
  });
});
