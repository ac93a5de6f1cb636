import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportFileNames } from '../../../shared/export/export-file-names';
import { launchChromium } from '../../support/browser-app';
import { exportWeb } from './web-export-fixture';

// The Belarusian web page as a reader opens it in a browser, and as it comes out of a
// printer: it loads nothing, reads at a comfortable measure, fits a phone, and on paper
// drops the navigation and writes out link addresses. Screenshots go to /tmp/look.

const LOOK_DIR = '/tmp/look';
let browser: Browser | null = null;
let dir = '';
let pageUrl = '';

beforeAll(async () => {
  browser = await launchChromium();
  const run = await exportWeb();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'triptych-web-'));
  for (const [filePath, html] of run.files) {
    const target = path.join(dir, ...filePath.split('/'));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, html);
  }
  pageUrl = pathToFileURL(path.join(dir, ...exportFileNames.webPage(1, 'be').split('/'))).href;
  fs.mkdirSync(LOOK_DIR, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** Opens the page and records every request beyond the page itself, and every console complaint. */
async function open(viewport: { width: number; height: number }): Promise<{ page: Page; requests: string[]; complaints: string[] }> {
  const page = await browser!.newPage({ viewport });
  const requests: string[] = [];
  const complaints: string[] = [];
  page.on('request', (request) => {
    if (request.url() !== pageUrl) requests.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') complaints.push(message.text());
  });
  await page.goto(pageUrl, { waitUntil: 'load' });
  return { page, requests, complaints };
}

describe('the Belarusian web page in Chromium', () => {
  it('loads nothing else, reads at a comfortable measure and fits a phone', async (ctx) => {
    if (!browser) return ctx.skip();
    const { page, requests, complaints } = await open({ width: 1280, height: 900 });
    await page.screenshot({ path: path.join(LOOK_DIR, 'web-be.png') });
    await page.screenshot({ path: path.join(LOOK_DIR, 'web-be-full.png'), fullPage: true });
    expect(requests).toEqual([]);
    expect(complaints).toEqual([]);

    const measure = await page.evaluate(() => {
      const p = document.querySelector('article .body p')!;
      const style = getComputedStyle(p);
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      return {
        widthRem: p.getBoundingClientRect().width / rem,
        lineHeight: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
        fontFamily: style.fontFamily,
        hyphens: style.hyphens,
        lang: p.closest('[lang]')?.getAttribute('lang'),
      };
    });
    expect(measure.widthRem).toBeGreaterThan(30);
    expect(measure.widthRem).toBeLessThanOrEqual(38.5);
    expect(measure.lineHeight).toBeGreaterThanOrEqual(1.4);
    expect(measure.fontFamily).toMatch(/serif$/);
    expect(measure.hyphens).toBe('auto');
    expect(measure.lang).toBe('be');
    await page.close();

    const phone = await open({ width: 375, height: 740 });
    await phone.page.screenshot({ path: path.join(LOOK_DIR, 'web-be-phone.png') });
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await phone.page.close();
  });

  it('prints without navigation, each article on a new page, with link addresses written out, black on white', async (ctx) => {
    if (!browser) return ctx.skip();
    const { page } = await open({ width: 1280, height: 900 });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: path.join(LOOK_DIR, 'web-be-print.png'), fullPage: true });
    const printed = await page.evaluate(() => {
      const shown = (selector: string) => [...document.querySelectorAll(selector)].some((el) => getComputedStyle(el).display !== 'none');
      const link = document.querySelector('article .body a[href^="http"]')!;
      const mail = document.querySelector('article .body a[href^="mailto:"]')!;
      const body = getComputedStyle(document.body);
      return {
        languages: shown('nav.languages'),
        toc: shown('nav.toc'),
        back: shown('.back'),
        breaks: [...document.querySelectorAll('article')].map((a) => getComputedStyle(a).breakBefore),
        linkAfter: getComputedStyle(link, '::after').content,
        href: link.getAttribute('href'),
        mailAfter: getComputedStyle(mail, '::after').content,
        color: body.color,
        background: getComputedStyle(document.documentElement).backgroundColor,
      };
    });
    expect(printed).toMatchObject({ languages: false, toc: false, back: false, color: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)' });
    // The first article follows the masthead; the others start a page.
    expect(printed.breaks).toEqual(['auto', 'page', 'page']);
    expect(printed.linkAfter).toContain(printed.href);
    expect(printed.mailAfter).toBe('none');
    await page.close();
  });
});
