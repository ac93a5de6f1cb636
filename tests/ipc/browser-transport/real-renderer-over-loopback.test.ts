import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startTestApp, type TestApp } from '../../support/browser-app';

// The transport's end-to-end check: the production renderer bundle boots in Chromium
// against the real services, talks only over /ipc and /events, with the app CSP, and
// without a single error. What the screens show is the UI tests' business.

let browser: Browser | null = null;
let app: TestApp | undefined;

beforeAll(async () => {
  browser = await launchChromium();
  if (browser !== null) app = await startTestApp();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('the real renderer over the loopback transport', () => {
  it('boots, calls IPC with the token and hides it, with no errors', async (ctx) => {
    if (browser === null || app === undefined) return ctx.skip();
    const page = await browser.newPage();
    const problems: string[] = [];
    const ipcStatuses: number[] = [];
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('response', (response) => {
      if (new URL(response.url()).pathname.startsWith('/ipc/')) ipcStatuses.push(response.status());
    });
    page.on('request', (request) => {
      if (!request.url().startsWith(app!.origin)) problems.push(`left the origin: ${request.url()}`);
    });

    await page.goto(app.url);
    await expect.poll(() => ipcStatuses.length, { timeout: 15_000 }).toBeGreaterThan(0);
    // Not 'networkidle': the open event stream may count as traffic. Let late errors surface.
    await page.waitForLoadState('load');
    await page.waitForTimeout(500);

    expect(ipcStatuses.every((status) => status === 200)).toBe(true);
    expect(page.url()).toBe(`${app.origin}/`);
    expect(problems).toEqual([]);
    expect(app.unexpectedErrors).toEqual([]);
    await page.close();
  });
});
