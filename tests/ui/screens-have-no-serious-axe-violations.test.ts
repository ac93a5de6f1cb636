import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startTestApp } from '../support/browser-app';
import { sharedBrowser } from './support/shared-browser';
import { openAppPage } from './support/open-app-page';
import { openArticle } from './support/open-sample-issue';

// axe is evaluated through the DevTools protocol (page.evaluate), which the page's CSP
// does not govern, so the test runs against the real `script-src 'self'` policy: no
// bypassCSP, no injected <script> element.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, options: object): Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  const report = violations.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
  if (report.length) console.info(`[axe] ${page.url().split('#')[0]}\n  ${report.join('\n  ')}`);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

const getBrowser = sharedBrowser();

describe('accessibility (axe-core)', () => {
  it('library, issue, article and settings have no serious or critical violations', async (ctx) => {
    const browser = getBrowser();
    if (!browser) return ctx.skip();
    const app = await startTestApp({ createSample: true });
    try {
      const { page, context, problems } = await openAppPage(browser, app.url);
      const [summary] = await app.ipc.call('issues:list', {});
      if (!summary?.readable) throw new Error('the sample issue is missing');

      expect(await seriousViolations(page)).toEqual([]);

      await page.getByRole('button', { name: new RegExp(`^No\\. ${summary.number}\\b`) }).click();
      await page.getByRole('heading', { level: 1, name: `Issue No. ${summary.number}` }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);

      await openArticle(page);
      expect(await seriousViolations(page)).toEqual([]);

      // The translator's extras: an outdated marker and count, a slot for a missing
      // counterpart, the current-row highlight, and the "what changed" dialog.
      await page.getByRole('textbox', { name: 'Body (English)' }).locator('p').first().click();
      await page.keyboard.press('End');
      await page.keyboard.type(' Talks continue.');
      const russian = page.getByRole('textbox', { name: 'Body (Russian)' });
      // Empty the last Russian paragraph and join it to the one before: its row gets a slot.
      await russian.locator('p').last().click({ clickCount: 3 });
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Backspace');
      await page.getByRole('region', { name: /Belarusian/ }).getByRole('button', { name: '1 outdated' }).waitFor();
      await page.locator('.align-slot__button').first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole('region', { name: /Belarusian/ }).getByRole('button', { name: '1 outdated' }).click();
      await page.getByRole('dialog', { name: 'The source paragraph changed' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Close' }).click();

      await page.getByRole('button', { name: 'Settings' }).click();
      await page.getByRole('dialog', { name: 'Settings' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);

      expect(problems).toEqual([]);
      await context.close();
    } finally {
      await app.close();
    }
  });
});
