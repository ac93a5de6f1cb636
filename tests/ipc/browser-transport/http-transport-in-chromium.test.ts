import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConfSettingsStore } from '../../../electron/services/settings/conf-settings-store';
import { createSettingsService } from '../../../electron/services/settings/settings-service';
import { startBrowserServer, type BrowserServer } from '../../../scripts/browser-transport/start-browser-server';
import { createDispatcher } from '../../../shared/ipc/dispatcher';
import { launchChromium } from '../../support/browser-app';
import { fakeHandlers } from '../fake-handlers';

// A tiny page built from the real renderer/ipc modules: the token hand-over, fetch IPC,
// server-sent events and the CSP, in a real Chromium against a real settings service.
const PAGE_SCRIPT = (apiPath: string) => `
import { ipc, onEvent } from ${JSON.stringify(apiPath)};
const results = [];
window.__results = results;
onEvent('library:changed', (payload) => results.push(['event', payload]));
ipc.call('settings:get', {}).then(
  (settings) => results.push(['settings', settings.uiLanguage, location.hash]),
  (error) => results.push(['settings-error', error.code]),
);
ipc.call('issue:get', { issueId: '../../etc' }).catch((error) => results.push(['rejected', error.name, error.code]));
`;
const PAGE_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>transport</title>
<script type="module" src="./main.ts"></script></head>
<body><script>window.__inline = 'ran';</script><img src="missing.png" onerror="window.__onerror = 'ran'"></body></html>`;

let browser: Browser | null = null;
let server: BrowserServer;
let root: string;

beforeAll(async () => {
  browser = await launchChromium();
  if (browser === null) return;
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'triptych-chromium-'));
  const source = path.join(root, 'src');
  fs.mkdirSync(source);
  fs.writeFileSync(path.join(source, 'index.html'), PAGE_HTML);
  fs.writeFileSync(path.join(source, 'main.ts'), PAGE_SCRIPT(path.resolve('renderer/ipc/api.ts')));
  await build({
    configFile: false,
    root: source,
    base: './',
    logLevel: 'silent',
    build: { outDir: path.join(root, 'dist'), emptyOutDir: true, assetsInlineLimit: 0 },
  });
  const settings = createSettingsService(createConfSettingsStore(path.join(root, 'settings')));
  await settings.update({ uiLanguage: 'be' });
  const dispatch = createDispatcher(fakeHandlers({ 'settings:get': () => settings.get() }), { validateResponses: true });
  server = await startBrowserServer({ dispatch, bundleDir: path.join(root, 'dist') });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (root !== undefined) {
    await server?.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
});

describe('loopback transport in Chromium', () => {
  it('hands the token over, calls IPC, receives events, survives a reload and blocks inline script', async (ctx) => {
    if (browser === null) return ctx.skip();
    const page = await browser.newPage();
    const failedRequests: string[] = [];
    page.on('requestfailed', (request) => failedRequests.push(request.url()));
    await page.goto(server.url);

    const results = () => page.evaluate(() => (window as unknown as { __results: unknown[] }).__results);
    await page.waitForFunction(() => ((window as unknown as { __results?: unknown[] }).__results ?? []).length >= 2);
    expect(await results()).toEqual(expect.arrayContaining([['settings', 'be', ''], ['rejected', 'AppError', 'invalid-request']]));
    // The token left the address bar and lives in this tab's sessionStorage.
    expect(page.url()).toBe(`${server.origin}/`);
    expect(await page.evaluate(() => Object.values(sessionStorage))).toContain(server.token);

    // The EventSource connects asynchronously: emit until the page has seen one event.
    const payload = { issueId: 'issue-001', at: '2025-03-03T10:00:00.000Z' };
    for (let i = 0; i < 50; i++) {
      server.emit('library:changed', payload);
      const seen = (await results()).some((entry) => Array.isArray(entry) && entry[0] === 'event');
      if (seen) break;
      await page.waitForTimeout(100);
    }
    expect(await results()).toContainEqual(['event', payload]);

    // CSP (script-src 'self'): neither the inline script nor the onerror handler ran.
    expect(await page.evaluate(() => [(window as { __inline?: string }).__inline, (window as { __onerror?: string }).__onerror])).toEqual([
      undefined,
      undefined,
    ]);

    await page.reload();
    await page.waitForFunction(() => ((window as unknown as { __results?: unknown[] }).__results ?? []).length >= 2);
    expect(await results()).toContainEqual(['settings', 'be', '']);
    await page.close();
  });

  it('a page opened without the token cannot call IPC', async (ctx) => {
    if (browser === null) return ctx.skip();
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    await page.waitForFunction(() => ((window as unknown as { __results?: unknown[] }).__results ?? []).length >= 2);
    expect(await page.evaluate(() => (window as unknown as { __results: unknown[] }).__results)).toContainEqual(['settings-error', 'io-error']);
    await context.close();
  });
});
