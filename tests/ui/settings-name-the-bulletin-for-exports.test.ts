import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startTestApp } from '../support/browser-app';
import { openAppPage } from './support/open-app-page';
import { sharedBrowser } from './support/shared-browser';

const getBrowser = sharedBrowser();

describe('the bulletin in exports (Settings)', () => {
  it('names the bulletin per language and refuses a web address that is not http(s); the email links to the one saved', async (ctx) => {
    const browser = getBrowser();
    if (!browser) return ctx.skip();
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'triptych-ui-bulletin-'));
    const app = await startTestApp({
      createSample: true,
      desktop: { chooseFolder: async () => null, restart: () => {}, chooseExportFolder: async () => out },
    });
    try {
      const { page, context, problems } = await openAppPage(browser, app.url);
      await page.getByRole('button', { name: 'Settings' }).click();
      const dialog = page.getByRole('dialog', { name: 'Settings' });
      const belarusianName = dialog.getByRole('textbox', { name: 'Name in Belarusian' });
      expect(await belarusianName.getAttribute('lang')).toBe('be');
      await belarusianName.fill('Тыднёвы агляд');
      const address = dialog.getByRole('textbox', { name: 'Web address of the published issues' });
      await address.fill('javascript:alert(1)');
      await address.blur();
      await dialog.getByRole('alert').getByText('Enter an address that starts with http:// or https://.').waitFor();
      expect(await address.getAttribute('aria-invalid')).toBe('true');
      await expect.poll(async () => (await app.ipc.call('settings:get', {})).publication.name.be).toBe('Тыднёвы агляд');
      expect((await app.ipc.call('settings:get', {})).publication.webBaseUrl).toBeNull();

      await address.fill('https://bulletin.example.org/issues/');
      await address.blur();
      await dialog.getByRole('alert').waitFor({ state: 'detached' });
      await expect.poll(async () => (await app.ipc.call('settings:get', {})).publication.webBaseUrl).toBe('https://bulletin.example.org/issues/');
      fs.mkdirSync('test-results/screenshots', { recursive: true });
      await dialog.screenshot({ path: 'test-results/screenshots/settings-bulletin-in-exports.png' });
      await dialog.getByRole('button', { name: 'Close' }).click();

      // What an export of the Belarusian email then says and links to.
      const [summary] = await app.ipc.call('issues:list', {});
      if (!summary?.readable) throw new Error('no sample issue');
      const { findings } = await app.ipc.call('export:preflight', { issueId: summary.id, languages: ['be'], formats: ['email'] });
      expect(findings.some((f) => f.code === 'email-too-large')).toBe(false);
      const html = await renderedEmail(app, summary.id, out);
      expect(html).toContain('Тыднёвы агляд');
      expect(html).toContain('href="https://bulletin.example.org/issues/issue-');

      expect(problems).toEqual([]);
      await context.close();
    } finally {
      await app.close();
    }
  });
});

/** The Belarusian email as the export writes it, through the export channel with a granted folder. */
async function renderedEmail(app: Awaited<ReturnType<typeof startTestApp>>, issueId: string, out: string): Promise<string> {
  const { folderToken } = await app.ipc.call('export:choose-folder', {});
  if (!folderToken) throw new Error('no folder granted');
  const result = await app.ipc.call('export:run', { issueId, folderToken, formats: ['email'], languages: ['be'], acceptErrors: true });
  const file = result.files.find((f) => f.path.endsWith('.html'));
  return fs.readFileSync(path.join(out, file?.path ?? ''), 'utf8');
}
